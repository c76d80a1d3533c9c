// fails: stdout, virtual time, no warnings
// checks only: an interval's first tick is immediate, so the loop stops at 0 ms; the deadline is real, just wrong
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

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
    let mut deadline = interval(Duration::from_secs(1));
    loop {
        tokio::select! {
            _ = deadline.tick() => break,
            Some(reading) = rx.recv() => collected.push(reading),
        }
    }
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
