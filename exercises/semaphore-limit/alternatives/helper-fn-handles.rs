use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;
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

async fn render_limited(id: u32, permits: Arc<Semaphore>) {
    let permit = permits.acquire().await.unwrap();
    render(id).await;
    drop(permit);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let permits = Arc::new(Semaphore::new(2));
    let handles: Vec<JoinHandle<()>> = (1..=6)
        .map(|id| tokio::spawn(render_limited(id, permits.clone())))
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
    let most = MOST.load(Ordering::SeqCst);
    let ms = start.elapsed().as_millis();
    println!("at most {most} at once, {ms} ms");
}
