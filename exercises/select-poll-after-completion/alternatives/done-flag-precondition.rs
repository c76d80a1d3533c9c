use std::time::Duration;
use tokio::time::{interval, sleep};

async fn backup() -> u32 {
    sleep(Duration::from_millis(250)).await;
    42
}

#[tokio::main]
async fn main() {
    let backup = backup();
    tokio::pin!(backup);
    let mut spinner = interval(Duration::from_millis(100));
    spinner.tick().await;
    let mut done = false;
    while !done {
        tokio::select! {
            files = &mut backup, if !done => {
                println!("backup done: {} files", files);
                done = true;
            }
            _ = spinner.tick() => println!("backing up..."),
        }
    }
    println!("backup verified");
}
