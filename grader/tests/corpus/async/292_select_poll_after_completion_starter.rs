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
            biased;
            files = &mut backup => {
                println!("backup done: {files} files");
                // TODO: the loop goes on and polls `backup` again.
            }
            _ = spinner.tick() => println!("backing up..."),
        }
    }
}
