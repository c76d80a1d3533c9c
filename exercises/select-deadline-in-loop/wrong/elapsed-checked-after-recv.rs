// fails: stdout, virtual time
// checks only: the deadline is only checked when a reading arrives, so collecting stops at 1200 ms with a fourth reading; nothing is wrong with the async code itself
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, Instant};

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
    while let Some(reading) = rx.recv().await {
        collected.push(reading);
        if start.elapsed() >= Duration::from_secs(1) {
            break;
        }
    }
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
