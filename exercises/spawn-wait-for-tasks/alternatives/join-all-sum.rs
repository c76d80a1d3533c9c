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
    let handles: Vec<tokio::task::JoinHandle<u64>> = files
        .iter()
        .map(|&(name, ms, size_kb)| tokio::spawn(download(name, ms, size_kb)))
        .collect();
    let total: u64 = futures::future::join_all(handles)
        .await
        .into_iter()
        .map(|res| res.expect("download task panicked"))
        .sum();
    println!("all downloads finished: {} KB", total);
}
