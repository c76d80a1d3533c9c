use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let pool = Arc::new(Semaphore::new(2));
    let mut handles = Vec::new();
    for (client, hold_ms) in [("a", 300u64), ("b", 100), ("c", 50), ("d", 50)] {
        let pool = pool.clone();
        handles.push(tokio::spawn(async move {
            match timeout(Duration::from_millis(150), pool.acquire()).await {
                Ok(permit) => {
                    let _conn = permit.unwrap();
                    println!("{client} got a connection at {} ms", start.elapsed().as_millis());
                    sleep(Duration::from_millis(hold_ms)).await;
                }
                Err(_) => println!("{client} gave up waiting at {} ms", start.elapsed().as_millis()),
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("free connections: {}", pool.available_permits());
}
