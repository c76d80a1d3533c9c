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
    let mut deadline = Box::pin(sleep(Duration::from_millis(1_000)));
    loop {
        let reading = tokio::select! {
            () = &mut deadline => None,
            r = rx.recv() => r,
        };
        match reading {
            Some(r) => collected.push(r),
            None => break,
        }
    }
    println!("collected {collected:?} in {} ms", start.elapsed().as_millis());
}
