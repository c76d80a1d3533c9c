// fails: permit holders, stdout, virtual time
// checks only: each task creates its own semaphore, so no permit is ever shared; no lint can know the tasks were meant to share one
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
    let mut set = JoinSet::new();
    for id in 1..=6 {
        set.spawn(async move {
            let permits = Arc::new(Semaphore::new(2));
            let _permit = permits.acquire_owned().await.unwrap();
            render(id).await;
        });
    }
    while let Some(result) = set.join_next().await {
        result.unwrap();
    }
    println!("at most {} at once, {} ms", MOST.load(Ordering::SeqCst), start.elapsed().as_millis());
}
