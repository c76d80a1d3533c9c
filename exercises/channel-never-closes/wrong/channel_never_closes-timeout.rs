// fails: virtual time, no channel_never_closes, no warnings
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

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
    // stop waiting when nothing has arrived for half a second
    let mut total = 0;
    while let Ok(Some(result)) = timeout(Duration::from_millis(500), rx.recv()).await {
        println!("got {result}");
        total += result;
    }
    println!("total {total}");
}
