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
    let mut handles = Vec::new();
    for (name, ms, size_kb) in files {
        handles.push(tokio::spawn(async move { download(name, ms, size_kb).await }));
    }
    // The total is right, but nobody waited for the downloads.
    let total: u64 = files.iter().map(|&(_, _, size_kb)| size_kb).sum();
    println!("all downloads finished: {total} KB ({} started)", handles.len());
}
