use std::time::Duration;
use tokio::time::{interval, sleep};

async fn backup() -> u32 {
    sleep(Duration::from_millis(250)).await;
    42
}

#[tokio::main]
async fn main() {
    let mut backup = std::pin::pin!(backup());
    let mut spinner = interval(Duration::from_millis(100));
    spinner.tick().await;
    let files = loop {
        tokio::select! {
            files = backup.as_mut() => break files,
            _ = spinner.tick() => println!("backing up..."),
        }
    };
    println!("backup done: {files} files");
    println!("backup verified");
}
