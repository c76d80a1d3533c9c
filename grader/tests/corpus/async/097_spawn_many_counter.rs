use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let total = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::with_capacity(1000);
    for i in 0..1000u64 {
        let total = total.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(i % 10)).await;
            *total.lock().await += i;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("sum {} in {} ms", *total.lock().await, start.elapsed().as_millis());
}
