// fails: outcome, stdout, no blocking_api_in_async, no warnings
use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for reading in [17, 19, 23] {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(reading).await.unwrap();
        }
    });
    while let Some(reading) = rx.blocking_recv() {
        println!("reading {reading}");
    }
    println!("sensor done");
}
