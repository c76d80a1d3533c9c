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
    let mut set: JoinSet<(&str, usize)> = urls
        .into_iter()
        .map(|url| async move { (url, fetch(url).await) })
        .collect();
    let mut total = 0;
    loop {
        match set.join_next().await {
            Some(Ok((url, size))) => {
                println!("{url}: {size} bytes");
                total += size;
            }
            Some(Err(e)) => panic!("a crawl task failed: {e}"),
            None => break,
        }
    }
    println!("{total} bytes in {} ms", start.elapsed().as_millis());
}
