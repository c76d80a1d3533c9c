use tokio::sync::mpsc;
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
    let (tx, mut rx) = mpsc::channel::<u64>(files.len());
    for (name, ms, size_kb) in files {
        let tx = tx.clone();
        tokio::spawn(async move {
            let size = download(name, ms, size_kb).await;
            tx.send(size).await.unwrap();
        });
    }
    drop(tx);
    let mut total = 0u64;
    while let Some(size) = rx.recv().await {
        total += size;
    }
    println!("all downloads finished: {total} KB");
}
