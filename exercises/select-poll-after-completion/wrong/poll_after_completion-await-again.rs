// fails: outcome, stdout, no poll_after_completion, no warnings
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
    loop {
        tokio::select! {
            files = &mut backup => {
                println!("backup done: {files} files");
                break;
            }
            _ = spinner.tick() => println!("backing up..."),
        }
    }
    let files = (&mut backup).await;
    println!("backup verified: {files} files");
}
