use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        for reading in [17, 19, 23] {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(reading).unwrap();
        }
    });
    while let Some(reading) = rx.recv().await {
        println!("reading {reading}");
    }
    println!("sensor done");
}
