use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

static RUNNING: AtomicUsize = AtomicUsize::new(0);
static MOST: AtomicUsize = AtomicUsize::new(0);

async fn render(id: u32) {
    let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
    MOST.fetch_max(now, Ordering::SeqCst);
    sleep(Duration::from_millis(100)).await;
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    println!("thumbnail {id} done");
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    // TODO: allow at most two `render` calls at the same time.
    let mut set = JoinSet::new();
    for id in 1..=6 {
        set.spawn(async move {
            render(id).await;
        });
    }
    while let Some(result) = set.join_next().await {
        result.unwrap();
    }
    println!("at most {} at once, {} ms", MOST.load(Ordering::SeqCst), start.elapsed().as_millis());
}
