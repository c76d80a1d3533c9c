use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let woke = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for i in 0..100 {
        let woke = woke.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(5)).await;
            let n = woke.fetch_add(1, Ordering::SeqCst);
            if i % 20 == 0 || i == 99 {
                println!("task {i} woke {n}th");
            }
            tokio::task::yield_now().await;
            if i % 30 == 0 {
                println!("task {i} after yield sees {}", woke.load(Ordering::SeqCst));
            }
        }));
    }
    sleep(Duration::from_millis(5)).await;
    println!("main woke, {} tasks woke before", woke.load(Ordering::SeqCst));
    tokio::task::yield_now().await;
    println!("main after yield sees {}", woke.load(Ordering::SeqCst));
    for h in handles {
        h.await.unwrap();
    }
    println!("done {}", woke.load(Ordering::SeqCst));
}
