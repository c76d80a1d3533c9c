use std::time::Duration;
use tokio::sync::mpsc::{self, Sender};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    let senders: Vec<Sender<u64>> = (0..3).map(|_| tx.clone()).collect();
    drop(tx);
    for (worker, tx) in (1..=3u64).zip(senders) {
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100 * worker)).await;
            tx.send(worker * worker).await.unwrap();
        });
    }

    let mut total = 0;
    while let Some(result) = rx.recv().await {
        println!("got {result}");
        total += result;
    }
    println!("total {total}");
}
