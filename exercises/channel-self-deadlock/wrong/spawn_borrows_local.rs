// fails: outcome, stdout, no warnings
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    tokio::spawn(async {
        for job in 1..=5 {
            tx.send(format!("job {job}")).await.unwrap();
            println!("queued job {job}");
        }
    });
    while let Some(job) = rx.recv().await {
        println!("processing {job}");
    }
}
