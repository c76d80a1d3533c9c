// fails: outcome, stdout, no channel_never_closes, no warnings
use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    for worker in 1..=3u64 {
        let tx = tx.clone();
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
    drop(tx);
    println!("total {total}");
}
