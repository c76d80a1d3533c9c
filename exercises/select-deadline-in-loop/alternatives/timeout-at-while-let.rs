use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout_at, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        let mut reading = 0;
        loop {
            sleep(Duration::from_millis(300)).await;
            reading += 1;
            if tx.send(reading).await.is_err() {
                return;
            }
        }
    });

    let mut collected = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(1);
    while let Ok(Some(reading)) = timeout_at(deadline, rx.recv()).await {
        collected.push(reading);
    }
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
