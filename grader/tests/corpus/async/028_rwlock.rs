use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let db = Arc::new(RwLock::new(vec![1, 2, 3]));
    let mut handles = Vec::new();
    for r in 0..2 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            let data = db.read().await;
            println!("reader {r} sees {:?} at {} ms", *data, start.elapsed().as_millis());
            sleep(Duration::from_millis(100)).await;
        }));
    }
    let writer = {
        let db = db.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(10)).await;
            let mut data = db.write().await;
            data.push(4);
            println!("writer pushed at {} ms", start.elapsed().as_millis());
        })
    };
    let late = {
        let db = db.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(20)).await;
            let data = db.read().await;
            println!("late reader sees {:?} at {} ms", *data, start.elapsed().as_millis());
        })
    };
    for h in handles {
        h.await.unwrap();
    }
    writer.await.unwrap();
    late.await.unwrap();
    println!("try_write ok: {}", db.try_write().is_ok());
}
