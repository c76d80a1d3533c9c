use std::time::Duration;
use tokio::time::sleep;

async fn download(name: &str, ms: u64, size_kb: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{name}: {size_kb} KB");
    size_kb
}

#[tokio::main]
async fn main() {
    let (a, b, c) = tokio::join!(
        download("a.txt", 300, 12),
        download("b.png", 400, 340),
        download("c.csv", 100, 56),
    );
    println!("all downloads finished: {} KB", a + b + c);
}
