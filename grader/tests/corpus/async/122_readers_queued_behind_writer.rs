use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(RwLock::new(String::from("v1")));
    let w = lock.write().await;
    let mut handles = Vec::new();
    for id in 1..=3 {
        let lock = lock.clone();
        handles.push(tokio::spawn(async move {
            let r = lock.read().await;
            println!("reader {id} sees {} at {} ms", *r, start.elapsed().as_millis());
            sleep(Duration::from_millis(30)).await;
        }));
    }
    let writer2 = {
        let lock = lock.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(5)).await;
            let mut g = lock.write().await;
            *g = "v3".into();
            println!("second writer at {} ms", start.elapsed().as_millis());
        })
    };
    sleep(Duration::from_millis(50)).await;
    drop(w);
    println!("first writer released at {} ms", start.elapsed().as_millis());
    for h in handles {
        h.await.unwrap();
    }
    writer2.await.unwrap();
    println!("final {}", *lock.read().await);
}
