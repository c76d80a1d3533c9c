use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

async fn upload(bytes: u64) -> u64 {
    sleep(Duration::from_millis(350)).await;
    bytes
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut upload = Box::pin(upload(4_096));
    let mut progress = interval(Duration::from_millis(100));
    progress.tick().await;
    loop {
        tokio::select! {
            sent = &mut upload => {
                println!("uploaded {sent} bytes at {} ms", start.elapsed().as_millis());
                break;
            }
            _ = progress.tick() => println!("still uploading at {} ms", start.elapsed().as_millis()),
        }
    }
}
