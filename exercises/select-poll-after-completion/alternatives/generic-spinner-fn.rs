use std::future::Future;
use std::time::Duration;
use tokio::time::{interval, sleep};

async fn backup() -> u32 {
    sleep(Duration::from_millis(250)).await;
    42
}

async fn with_spinner<T>(work: impl Future<Output = T>) -> T {
    tokio::pin!(work);
    let mut spinner = interval(Duration::from_millis(100));
    spinner.tick().await;
    loop {
        tokio::select! {
            out = &mut work => return out,
            _ = spinner.tick() => println!("backing up..."),
        }
    }
}

#[tokio::main]
async fn main() {
    let files = with_spinner(backup()).await;
    println!("backup done: {files} files");
    println!("backup verified");
}
