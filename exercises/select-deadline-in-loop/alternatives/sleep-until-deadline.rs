use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

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
    let deadline = start + Duration::from_millis(1000);
    loop {
        tokio::select! {
            _ = sleep_until(deadline) => break,
            Some(reading) = rx.recv() => collected.push(reading),
        }
    }
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
