// fails: outcome, stdout, no std_mutex_guard_across_await, no warnings
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn confirm() {
    tokio::time::sleep(Duration::from_millis(20)).await;
}

#[tokio::main]
async fn main() {
    let balance = Arc::new(Mutex::new(100i64));
    let mut handles = Vec::new();
    for amount in [30i64, -50, 15] {
        let balance = Arc::clone(&balance);
        handles.push(tokio::spawn(async move {
            let mut guard = balance.lock().unwrap();
            *guard += amount;
            let now = *guard;
            drop(guard); // rustc decides by scope: `guard` is still in scope at the await
            confirm().await;
            println!("applied {amount:+}, balance {now}");
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("final balance {}", balance.lock().unwrap());
}
