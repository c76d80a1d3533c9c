use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(RwLock::new(0u32));
    let first_reader = lock.clone().read_owned().await;
    let writer = {
        let lock = lock.clone();
        tokio::spawn(async move {
            let mut w = lock.write().await;
            *w += 1;
            println!("writer wrote at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(50)).await;
        })
    };
    sleep(Duration::from_millis(10)).await;
    let second_reader = {
        let lock = lock.clone();
        tokio::spawn(async move {
            let r = lock.read().await;
            println!("second reader sees {} at {} ms", *r, start.elapsed().as_millis());
        })
    };
    sleep(Duration::from_millis(100)).await;
    println!("first reader releases at {} ms", start.elapsed().as_millis());
    drop(first_reader);
    writer.await.unwrap();
    second_reader.await.unwrap();
    println!("try_read: {:?}", lock.try_read().map(|g| *g));
}
