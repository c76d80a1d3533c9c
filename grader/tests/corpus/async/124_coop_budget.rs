use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for i in 0..300 {
        tx.send(i).unwrap();
    }
    drop(tx);
    let processed = Arc::new(AtomicUsize::new(0));
    let seen = processed.clone();
    let observer = tokio::spawn(async move {
        let mut snapshots = Vec::new();
        for _ in 0..3 {
            snapshots.push(seen.load(Ordering::SeqCst));
            tokio::task::yield_now().await;
        }
        snapshots
    });
    let counter = processed.clone();
    let consumer = tokio::spawn(async move {
        let mut sum = 0u64;
        while let Some(v) = rx.recv().await {
            sum += v as u64;
            counter.fetch_add(1, Ordering::SeqCst);
        }
        sum
    });
    println!("sum {}", consumer.await.unwrap());
    println!("observer saw {:?}", observer.await.unwrap());
}
