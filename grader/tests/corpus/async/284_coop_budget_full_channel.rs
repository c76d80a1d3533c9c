use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(200);
    for i in 0..200 {
        tx.send(i).await.unwrap();
    }
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    let consumer = tokio::spawn(async move {
        let mut sum = 0u64;
        while let Some(v) = rx.recv().await {
            sum += v as u64;
            seen.fetch_add(1, Ordering::SeqCst);
        }
        sum
    });
    let watcher_count = count.clone();
    let watcher = tokio::spawn(async move {
        for _ in 0..4 {
            println!("watcher sees {}", watcher_count.load(Ordering::SeqCst));
            tokio::task::yield_now().await;
        }
    });
    let producer = tokio::spawn(async move {
        for i in 200..260 {
            tx.send(i).await.unwrap();
        }
        println!("producer done");
    });
    producer.await.unwrap();
    watcher.await.unwrap();
    println!("sum {}", consumer.await.unwrap());
    println!("count {}", count.load(Ordering::SeqCst));
}
