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
    let mut spins = 0;
    loop {
        tokio::select! {
            files = &mut job => {
                println!("backup done: {files} files");
                return;
            }
            _ = spinner.tick() => {
                spins += 1;
                if spins == 2 {
                    break;
                }
            }
        }
    }
    // Only the spinner's branch breaks out: `job` has not completed yet.
    let files = (&mut job).await;
    println!("backup finished late: {files} files");
}
