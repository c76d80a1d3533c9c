use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn download() -> u64 {
    sleep(Duration::from_millis(250)).await;
    1_024
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let spinner = tokio::spawn(async move {
        for frame in ['|', '/', '-', '\\'].iter().cycle() {
            println!("{frame} {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(100)).await;
        }
    });
    let size = download().await;
    println!("downloaded {size} bytes");
    spinner.abort();
    println!("spinner cancelled");
    sleep(Duration::from_millis(300)).await; // other work
    println!("done at {} ms", start.elapsed().as_millis());
}
