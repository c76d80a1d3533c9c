use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for id in 1..=3 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {id} woke at {} ms", start.elapsed().as_millis());
        }));
    }
    tokio::task::yield_now().await;
    for _ in 0..3 {
        sleep(Duration::from_millis(100)).await;
        notify.notify_one();
    }
    for h in handles {
        h.await.unwrap();
    }
    let n = Notify::new();
    n.notify_one();
    n.notified().await;
    println!("a stored permit completes the next notified() at once");
}
