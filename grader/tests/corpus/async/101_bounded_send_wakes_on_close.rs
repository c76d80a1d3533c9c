use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
    let blocked = tokio::spawn(async move {
        println!("sending 2 into a full channel");
        let r = tx.send(2).await;
        println!("send finished at {} ms: {:?}", start.elapsed().as_millis(), r.map_err(|e| e.0));
    });
    sleep(Duration::from_millis(100)).await;
    println!("receiver takes {:?} at {} ms", rx.recv().await, start.elapsed().as_millis());
    blocked.await.unwrap();
    let (tx, rx) = mpsc::channel::<u32>(1);
    tx.send(10).await.unwrap();
    let blocked = tokio::spawn(async move { tx.send(11).await.map_err(|e| e.0) });
    sleep(Duration::from_millis(100)).await;
    drop(rx);
    println!("after dropping the receiver: {:?} at {} ms", blocked.await.unwrap(), start.elapsed().as_millis());
}
