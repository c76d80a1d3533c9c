use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

#[tokio::main]
async fn main() {
    let hits = Arc::new(AtomicUsize::new(0));
    let ready = Arc::new(AtomicBool::new(false));
    let mut handles = Vec::new();
    for _ in 0..10 {
        let hits = hits.clone();
        handles.push(tokio::spawn(async move {
            for _ in 0..100 {
                hits.fetch_add(1, Ordering::Relaxed);
            }
            tokio::task::yield_now().await;
            hits.fetch_add(1, Ordering::SeqCst)
        }));
    }
    let mut last = Vec::new();
    for h in handles {
        last.push(h.await.unwrap());
    }
    ready.store(true, Ordering::Release);
    println!("hits {}", hits.load(Ordering::SeqCst));
    println!("ready {}", ready.load(Ordering::Acquire));
    println!("{:?}", last);
    println!("{:?}", hits.compare_exchange(1010, 0, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", hits.compare_exchange(5, 1, Ordering::SeqCst, Ordering::SeqCst));
    println!("{}", hits.swap(42, Ordering::SeqCst));
    println!("{:?}", hits);
}
