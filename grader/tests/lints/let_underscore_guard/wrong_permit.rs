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
            let _ = permits.acquire_owned().await.unwrap(); //~ let_underscore_guard
            println!("task {i} starts");
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("task {i} ends");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
