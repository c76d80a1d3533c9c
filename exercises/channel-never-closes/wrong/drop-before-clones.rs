// fails: outcome, stdout, no warnings
// checks only: `tx` is dropped before the loop that clones it, so rustc rejects the use of a moved value (E0382); no catalog mistake names it
use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    drop(tx); // only the workers' clones should remain
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
    println!("total {total}");
}
