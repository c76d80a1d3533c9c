use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let permits = Arc::new(Semaphore::new(1));
    let mut handles = Vec::new();
    for i in 0..2 {
        let permits = permits.clone();
        handles.push(tokio::spawn(async move {
            let _permit = permits.acquire_owned().await.unwrap();
            println!("task {i} starts");
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("task {i} ends");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    // A permit taken and given back at once, on purpose, to wait for a free slot: named.
    let _slot = permits.acquire().await.unwrap();
}
