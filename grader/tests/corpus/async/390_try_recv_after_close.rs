// tokio 1.54: once the receiver is closed and no message or permit is left,
// `try_recv` says `Disconnected` even while senders are alive (1.48 said `Empty`).
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send(1).await.unwrap();
    let permit = tx.reserve().await.unwrap();
    rx.close();
    println!("buffered: {:?}", rx.try_recv());
    println!("permit out: {:?}", rx.try_recv());
    permit.send(2);
    println!("permit used: {:?}", rx.try_recv());
    println!("drained: {:?}", rx.try_recv());
    println!("sender alive, closed: {}", tx.is_closed());
    println!("recv: {:?}", rx.recv().await);

    let (utx, mut urx) = mpsc::unbounded_channel::<&str>();
    urx.close();
    println!("unbounded: {:?}", urx.try_recv());
    println!("send: {:?}", utx.send("late"));
    drop(utx);
    println!("all senders gone: {:?}", urx.try_recv());

    let (tx2, mut rx2) = mpsc::channel::<u8>(1);
    println!("open and empty: {:?}", rx2.try_recv());
    drop(tx2);
    println!("senders gone: {:?}", rx2.try_recv());
}
