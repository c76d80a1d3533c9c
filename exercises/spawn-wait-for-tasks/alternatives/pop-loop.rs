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
    let mut handles = Vec::with_capacity(files.len());
    for &(name, ms, size_kb) in files.iter() {
        handles.push(tokio::spawn(async move { download(name, ms, size_kb).await }));
    }
    let mut total = 0;
    loop {
        match handles.pop() {
            Some(handle) => total += handle.await.unwrap(),
            None => break,
        }
    }
    println!("all downloads finished: {total:>3} KB");
}
