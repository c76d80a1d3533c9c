use std::future::Future;
use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

async fn upload(bytes: u64) -> u64 {
    sleep(Duration::from_millis(350)).await;
    bytes
}

async fn with_progress<F: Future<Output = u64>>(work: F, start: Instant) -> u64 {
    tokio::pin!(work);
    let mut progress = interval(Duration::from_millis(100));
    progress.tick().await;
    loop {
        tokio::select! {
            sent = &mut work => return sent,
            _ = progress.tick() => println!("still uploading at {} ms", start.elapsed().as_millis()),
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sent = with_progress(upload(4_096), start).await;
    println!("uploaded {sent} bytes at {} ms", start.elapsed().as_millis());
}
