use tokio::sync::{mpsc, oneshot};

// No runtime here: the blocking calls are allowed.
fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(3);
    for i in 0..3 {
        tx.blocking_send(i).unwrap();
    }
    println!("capacity {}", tx.capacity());
    println!("{:?}", rx.blocking_recv());
    drop(tx);
    println!("{:?} {:?} {:?}", rx.blocking_recv(), rx.blocking_recv(), rx.blocking_recv());

    let (tx, mut rx) = mpsc::unbounded_channel::<&str>();
    tx.send("u").unwrap();
    println!("{:?}", rx.blocking_recv());
    drop(rx);
    let (tx, rx) = mpsc::channel::<u32>(1);
    drop(rx);
    let e = tx.blocking_send(9).unwrap_err();
    println!("send error: {e} / {e:?} / value {}", e.0);

    let (otx, orx) = oneshot::channel::<&str>();
    otx.send("once").unwrap();
    println!("{:?}", orx.blocking_recv());
    let (otx, orx) = oneshot::channel::<&str>();
    drop(otx);
    println!("{:?}", orx.blocking_recv());
}
