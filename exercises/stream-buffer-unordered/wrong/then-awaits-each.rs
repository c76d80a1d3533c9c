// fails: stdout, virtual time
// checks only: `then` awaits each future before taking the next item, so the pages are fetched one by one
use futures::stream::{self, StreamExt};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::time::{sleep, Instant};

static RUNNING: AtomicUsize = AtomicUsize::new(0);
static MOST: AtomicUsize = AtomicUsize::new(0);

/// Downloads one page: 100 ms, and the page is `page * 100` bytes long.
async fn fetch(page: u32) -> usize {
    let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
    MOST.fetch_max(now, Ordering::SeqCst);
    sleep(Duration::from_millis(100)).await;
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    page as usize * 100
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sizes: Vec<usize> = stream::iter(1..=6).map(fetch).then(|page| page).collect().await;
    let total: usize = sizes.iter().sum();
    println!("fetched {} pages, {total} bytes", sizes.len());
    println!("at most {} at once, {} ms", MOST.load(Ordering::SeqCst), start.elapsed().as_millis());
}
