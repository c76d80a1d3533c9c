// fails: no main_exits_before_tasks, no warnings, stdout, tasks finish
use std::time::Duration;
use tokio::time::sleep;

async fn download(name: &str, ms: u64, size_kb: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{name}: {size_kb} KB");
    size_kb
}

#[tokio::main]
async fn main() {
    let files = [("a.txt", 300, 12), ("b.png", 400, 340), ("c.csv", 100, 56)];
    for (name, ms, size_kb) in files {
        tokio::spawn(async move { download(name, ms, size_kb).await });
    }
    // Give the downloads "enough" time: the slowest one needs more.
    sleep(Duration::from_millis(300)).await;
    println!("all downloads finished: 408 KB");
}
