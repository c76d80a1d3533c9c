use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let watcher_tx = tx.clone();
    let watcher = tokio::spawn(async move {
        watcher_tx.closed().await;
        println!("receiver dropped, noticed at {} ms", start.elapsed().as_millis());
    });
    tokio::spawn(async move {
        for i in 0.. {
            if tx.send(i).await.is_err() {
                println!("producer stops at {i}");
                break;
            }
            sleep(Duration::from_millis(40)).await;
        }
    });
    for _ in 0..3 {
        println!("got {:?}", rx.recv().await);
    }
    sleep(Duration::from_millis(10)).await;
    drop(rx);
    watcher.await.unwrap();
    sleep(Duration::from_millis(100)).await;
}
