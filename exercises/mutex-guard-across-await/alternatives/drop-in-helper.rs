use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn confirm() {
    tokio::time::sleep(Duration::from_millis(20)).await;
}

fn apply(balance: &Mutex<i64>, amount: i64) -> i64 {
    let mut guard = balance.lock().unwrap();
    *guard += amount;
    *guard
}

#[tokio::main]
async fn main() {
    let balance = Arc::new(Mutex::new(100i64));
    let mut handles = Vec::new();
    for amount in [30i64, -50, 15] {
        let balance = Arc::clone(&balance);
        handles.push(tokio::spawn(async move {
            let now = apply(&balance, amount);
            confirm().await;
            println!("applied {amount:+}, balance {now}");
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("final balance {}", balance.lock().unwrap());
}
