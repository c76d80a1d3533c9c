use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    // TODO: with capacity 2, the third send waits for a receiver that never runs.
    for job in 1..=5 {
        tx.send(format!("job {job}")).await.unwrap();
        println!("queued job {job}");
    }
    drop(tx);
    while let Some(job) = rx.recv().await {
        println!("processing {job}");
    }
}
