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
            (url, size)
        });
    }
    // `join_all` keeps the order in which the tasks finished.
    let pages = set.join_all().await;
    for (url, size) in &pages {
        println!("{url}: {size} bytes");
    }
    let total: usize = pages.iter().map(|(_, size)| size).sum();
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
