use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for id in 0..4 {
        let counter = Arc::clone(&counter);
        handles.push(tokio::spawn(async move {
            for _ in 0..3 {
                let mut guard = counter.lock().await;
                let seen = *guard;
                sleep(Duration::from_millis(10)).await;
                *guard = seen + 1;
            }
            println!("task {id} finished");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("counter = {}", *counter.lock().await);
    println!("strong count = {}", Arc::strong_count(&counter));
}
