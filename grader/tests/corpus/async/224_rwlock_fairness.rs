use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(RwLock::new(vec![1]));
    let r1 = lock.read().await;
    let r2 = lock.read().await;
    println!("two readers: {} {}", r1.len(), r2.len());
    let writer = {
        let lock = lock.clone();
        tokio::spawn(async move {
            let mut w = lock.write().await;
            w.push(2);
            println!("writer in at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(10)).await;
        })
    };
    let reader = {
        let lock = lock.clone();
        tokio::spawn(async move {
            let r = lock.read().await;
            println!("late reader sees {:?} at {} ms", *r, start.elapsed().as_millis());
        })
    };
    tokio::task::yield_now().await;
    println!("try_read with a writer waiting: {}", lock.try_read().is_ok());
    match lock.try_write() {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("try_write: {e}"),
    }
    println!("{:?}", lock);
    sleep(Duration::from_millis(5)).await;
    drop(r1);
    println!("one reader left");
    sleep(Duration::from_millis(5)).await;
    drop(r2);
    writer.await.unwrap();
    reader.await.unwrap();
    println!("{:?}", lock);
    let w = lock.try_write().unwrap();
    println!("write guard: {:?}", w);
}
