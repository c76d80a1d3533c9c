use futures::stream::{self, StreamExt};
use std::cell::Cell;
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
    let count = Cell::new(0);
    let total = Cell::new(0);
    stream::iter(1..=6)
        .for_each_concurrent(3, |page| {
            let (count, total) = (&count, &total);
            async move {
                let size = fetch(page).await;
                count.set(count.get() + 1);
                total.set(total.get() + size);
            }
        })
        .await;
    println!("fetched {} pages, {} bytes", count.get(), total.get());
    println!("at most {} at once, {} ms", MOST.load(Ordering::SeqCst), start.elapsed().as_millis());
}
