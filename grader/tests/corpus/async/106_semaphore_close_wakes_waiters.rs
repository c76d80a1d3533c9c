use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(0));
    let mut handles = Vec::new();
    for id in 1..=3 {
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            match sem.acquire().await {
                Ok(permit) => {
                    println!("waiter {id} got a permit at {} ms and keeps it", start.elapsed().as_millis());
                    permit.forget();
                }
                Err(e) => println!("waiter {id} failed at {} ms: {e}", start.elapsed().as_millis()),
            }
        }));
    }
    sleep(Duration::from_millis(50)).await;
    sem.add_permits(1);
    sleep(Duration::from_millis(50)).await;
    sem.close();
    for h in handles {
        h.await.unwrap();
    }
}
