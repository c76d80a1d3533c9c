use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

async fn upload(bytes: u64) -> u64 {
    sleep(Duration::from_millis(350)).await;
    bytes
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let upload = upload(4_096);
    tokio::pin!(upload);
    let mut progress = interval(Duration::from_millis(100));
    progress.tick().await;
    let mut done = false;
    while !done {
        tokio::select! {
            sent = upload.as_mut(), if !done => {
                println!("uploaded {} bytes at {} ms", sent, start.elapsed().as_millis());
                done = true;
            }
            _ = progress.tick() => {
                let now = start.elapsed().as_millis();
                println!("still uploading at {now} ms");
            }
        }
    }
}
