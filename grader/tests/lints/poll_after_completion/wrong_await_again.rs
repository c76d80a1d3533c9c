use std::time::Duration;
use tokio::time::{interval, sleep};

async fn backup() -> u32 {
    sleep(Duration::from_millis(250)).await;
    42
}

#[tokio::main]
async fn main() {
    let job = backup();
    tokio::pin!(job);
    let mut spinner = interval(Duration::from_millis(100));
    spinner.tick().await;
    loop {
        tokio::select! {
            files = &mut job => {
                println!("backup done: {files} files");
                break;
            }
            _ = spinner.tick() => println!("backing up..."),
        }
    }
    let files = (&mut job).await; //~ poll_after_completion
    println!("backup verified: {files} files");
}
