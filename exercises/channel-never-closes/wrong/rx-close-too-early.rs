// fails: stdout, no warnings
// checks only: `rx.close()` closes the channel from the receiving side before any worker sent, so the loop ends at once with total 0 and main returns before the workers; no catalog mistake names the early close (the grader only notes the dropped workers)
use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    for worker in 1..=3u64 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100 * worker)).await;
            let _ = tx.send(worker * worker).await;
        });
    }
    rx.close(); // close the channel so that the loop ends

    let mut total = 0;
    while let Some(result) = rx.recv().await {
        println!("got {result}");
        total += result;
    }
    println!("total {total}");
}
