// fails: stdout
// checks only: raising the capacity to 5 hides the deadlock instead of fixing it (the prompt keeps 2); only the order of the lines shows that nothing waits any more
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(5);
    for job in 1..=5 {
        tx.send(format!("job {job}")).await.unwrap();
        println!("queued job {job}");
    }
    drop(tx);
    while let Some(job) = rx.recv().await {
        println!("processing {job}");
    }
}
