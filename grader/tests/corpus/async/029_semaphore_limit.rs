use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let permits = Arc::new(Semaphore::new(2));
    let mut handles = Vec::new();
    for id in 1..=5 {
        let permits = permits.clone();
        handles.push(tokio::spawn(async move {
            let _permit = permits.acquire().await.unwrap();
            println!("job {id} starts at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(100)).await;
            println!("job {id} ends at {} ms", start.elapsed().as_millis());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("available {} at {} ms", permits.available_permits(), start.elapsed().as_millis());
}
