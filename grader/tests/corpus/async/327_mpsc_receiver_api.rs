use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(5);
    println!("max {} cap {} len {} empty {} closed {}", rx.max_capacity(), rx.capacity(), rx.len(), rx.is_empty(), rx.is_closed());
    for i in 0..4 {
        tx.send(i).await.unwrap();
    }
    println!("max {} cap {} len {} empty {}", tx.max_capacity(), tx.capacity(), rx.len(), rx.is_empty());
    let mut buf = Vec::new();
    let n = rx.recv_many(&mut buf, 3).await;
    println!("recv_many got {n}: {buf:?}; len now {}", rx.len());
    let n = rx.recv_many(&mut buf, 10).await;
    println!("recv_many got {n}: {buf:?}");

    // recv_many waits for at least one value.
    let tx2 = tx.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        tx2.send(10).await.unwrap();
        tx2.send(11).await.unwrap();
    });
    buf.clear();
    let n = rx.recv_many(&mut buf, 8).await;
    println!("after waiting: {n} {buf:?}");
    sleep(Duration::from_millis(1)).await;
    println!("then: {:?}", rx.try_recv());

    let (other, _orx) = mpsc::channel::<u32>(1);
    println!("same_channel {} {}", tx.same_channel(&tx.clone()), tx.same_channel(&other));
    println!("sender closed? {}", tx.is_closed());
    rx.close();
    println!("after close: rx closed {} tx closed {} cap {}", rx.is_closed(), tx.is_closed(), rx.capacity());
    println!("send after close: {:?}", tx.send(1).await);
    drop(tx);
    buf.clear();
    println!("recv_many on closed: {} {buf:?}", rx.recv_many(&mut buf, 4).await);

    let (utx, mut urx) = mpsc::unbounded_channel::<char>();
    for c in "abc".chars() {
        utx.send(c).unwrap();
    }
    println!("unbounded len {} empty {}", urx.len(), urx.is_empty());
    let mut cs = Vec::new();
    println!("{} {cs:?}", urx.recv_many(&mut cs, 2).await);
    drop(utx);
    println!("{} {cs:?}", urx.recv_many(&mut cs, 2).await);
    println!("{} closed {}", urx.recv_many(&mut cs, 2).await, urx.is_closed());
}
