// fails: stdout
// checks only: the pages are fetched together (1000 ms), but printed in spawn order, not as they finish; only the output order shows it
use std::time::Duration;
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
    let mut handles = Vec::new();
    for url in urls {
        handles.push(tokio::spawn(async move { (url, fetch(url).await) }));
    }
    for handle in handles {
        let (url, size) = handle.await.unwrap();
        println!("{url}: {size} bytes");
        total += size;
    }
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
