use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn confirm() {
    tokio::time::sleep(Duration::from_millis(20)).await;
}

#[tokio::main]
async fn main() {
    let balance = Arc::new(Mutex::new(100i64));
    let handles: Vec<tokio::task::JoinHandle<()>> = [30i64, -50, 15]
        .into_iter()
        .map(|amount| {
            let balance = Arc::clone(&balance);
            tokio::spawn(async move {
                let now = balance
                    .lock()
                    .map(|mut guard| {
                        *guard += amount;
                        *guard
                    })
                    .expect("lock poisoned");
                confirm().await;
                println!("applied {:+}, balance {}", amount, now);
            })
        })
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
    let total = *balance.lock().unwrap();
    println!("final balance {total}");
}
