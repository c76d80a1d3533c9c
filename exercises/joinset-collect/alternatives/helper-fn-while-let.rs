use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn fetch(url: &str) -> usize {
    sleep(Duration::from_millis(100 * url.len() as u64)).await;
    url.len() * 1000
}

async fn crawl(url: &'static str) -> (&'static str, usize) {
    let size = fetch(url).await;
    (url, size)
}

fn spawn_all(urls: &[&'static str]) -> JoinSet<(&'static str, usize)> {
    let mut set = JoinSet::new();
    for &url in urls {
        set.spawn(crawl(url));
    }
    set
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let urls = ["a.io/x", "b.io/index", "c.io/", "d.io/blog"];
    let mut set = spawn_all(&urls);
    let mut total: usize = 0;
    while let Some(Ok((url, size))) = set.join_next().await {
        println!("{}: {} bytes", url, size);
        total += size;
    }
    println!("{} bytes in {} ms", total, start.elapsed().as_millis());
}
