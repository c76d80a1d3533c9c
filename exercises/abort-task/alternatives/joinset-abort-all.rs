use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn download() -> u64 {
    sleep(Duration::from_millis(250)).await;
    1_024
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut background = JoinSet::new();
    background.spawn(async move {
        for frame in "|/-\\".chars().cycle() {
            println!("{frame} {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(100)).await;
        }
    });
    let size = download().await;
    println!("downloaded {size} bytes");
    background.abort_all();
    while let Some(result) = background.join_next().await {
        match result {
            Err(e) if e.is_cancelled() => println!("spinner cancelled"),
            _ => println!("spinner ended unexpectedly"),
        }
    }
    sleep(Duration::from_millis(300)).await; // other work
    println!("done at {:>3} ms", start.elapsed().as_millis());
}
