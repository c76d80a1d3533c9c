use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn fetch(url: &str) -> usize {
    sleep(Duration::from_millis(100 * url.len() as u64)).await;
    url.len() * 1000
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let urls = ["a.io/x", "b.io/index", "c.io/", "d.io/blog"];
    let mut total = 0;
    // TODO: fetch all pages at the same time with a JoinSet.
    for url in urls {
        let (url, size) = tokio::spawn(async move { (url, fetch(url).await) }).await.unwrap();
        println!("{url}: {size} bytes");
        total += size;
    }
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
