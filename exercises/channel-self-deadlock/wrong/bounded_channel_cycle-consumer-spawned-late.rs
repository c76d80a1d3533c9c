// fails: outcome, stdout, no bounded_channel_cycle, no warnings
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    for job in 1..=5 {
        tx.send(format!("job {job}")).await.unwrap();
        println!("queued job {job}");
    }
    drop(tx);
    let consumer = tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            println!("processing {job}");
        }
    });
    consumer.await.unwrap();
}
