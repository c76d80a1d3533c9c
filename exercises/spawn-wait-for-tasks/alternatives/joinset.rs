use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

async fn download(name: &str, ms: u64, size_kb: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{name}: {size_kb} KB");
    size_kb
}

#[tokio::main]
async fn main() {
    let files = [("a.txt", 300, 12), ("b.png", 400, 340), ("c.csv", 100, 56)];
    let mut set = JoinSet::new();
    for (name, ms, size_kb) in files {
        set.spawn(download(name, ms, size_kb));
    }
    let mut total = 0;
    while let Some(result) = set.join_next().await {
        total += result.unwrap();
    }
    println!("all downloads finished: {total} KB");
}
