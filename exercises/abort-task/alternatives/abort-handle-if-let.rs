use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::{sleep, Instant};

async fn download() -> u64 {
    sleep(Duration::from_millis(250)).await;
    1_024
}

fn spawn_spinner(start: Instant) -> JoinHandle<()> {
    tokio::spawn(async move {
        let frames = ['|', '/', '-', '\\'];
        let mut i = 0;
        loop {
            println!("{} {} ms", frames[i % frames.len()], start.elapsed().as_millis());
            i += 1;
            sleep(Duration::from_millis(100)).await;
        }
    })
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let spinner = spawn_spinner(start);
    let stop = spinner.abort_handle();
    let size = download().await;
    stop.abort();
    if let Err(err) = spinner.await {
        if err.is_cancelled() {
            println!("spinner cancelled");
        }
    }
    println!("downloaded {size} bytes");
    sleep(Duration::from_millis(300)).await; // other work
    println!("done at {} ms", start.elapsed().as_millis());
}
