use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

async fn upload(bytes: u64) -> u64 {
    sleep(Duration::from_millis(350)).await;
    bytes
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let progress = tokio::spawn(async move {
        let mut ticks = interval(Duration::from_millis(100));
        ticks.tick().await;
        loop {
            ticks.tick().await;
            println!("still uploading at {} ms", start.elapsed().as_millis());
        }
    });
    let sent = upload(4_096).await;
    progress.abort();
    println!("uploaded {sent} bytes at {} ms", start.elapsed().as_millis());
}
