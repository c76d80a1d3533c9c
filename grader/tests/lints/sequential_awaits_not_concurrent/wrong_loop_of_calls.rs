use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn fetch(url: &str, ms: u64) -> usize {
    sleep(Duration::from_millis(ms)).await;
    url.len()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let pages = [("/home", 300), ("/about", 100), ("/blog", 200)];
    let mut total = 0;
    for (url, ms) in pages {
        total += fetch(url, ms).await; //~ sequential_awaits_not_concurrent
    }
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
