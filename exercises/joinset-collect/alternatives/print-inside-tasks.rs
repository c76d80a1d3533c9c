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
    let mut set = JoinSet::new();
    for url in urls {
        set.spawn(async move {
            let size = fetch(url).await;
            println!("{url}: {size} bytes");
            size
        });
    }
    let mut total = 0;
    while let Some(size) = set.join_next().await {
        total += size.expect("crawl task panicked");
    }
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
