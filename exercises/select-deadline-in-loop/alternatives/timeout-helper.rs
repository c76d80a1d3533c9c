use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout, Instant};

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

    async fn collect_into(rx: &mut mpsc::Receiver<i32>, out: &mut Vec<i32>) {
        while let Some(reading) = rx.recv().await {
            out.push(reading);
        }
    }

    let mut collected = Vec::new();
    let _ = timeout(Duration::from_secs(1), collect_into(&mut rx, &mut collected)).await;
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
