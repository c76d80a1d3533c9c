use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let go = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for id in 1..=3 {
        let go = go.clone();
        handles.push(tokio::spawn(async move {
            println!("runner {id} ready");
            go.notified().await;
            println!("runner {id} starts at {} ms", start.elapsed().as_millis());
        }));
    }
    sleep(Duration::from_millis(200)).await;
    println!("bang");
    go.notify_waiters();
    for h in handles {
        h.await.unwrap();
    }
    go.notify_waiters();
    let late = tokio::time::timeout(Duration::from_millis(50), go.notified()).await;
    println!("notify_waiters stores no permit: late waiter timed out = {}", late.is_err());
}
