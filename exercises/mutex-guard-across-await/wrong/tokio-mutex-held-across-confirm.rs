// fails: virtual time
// checks only: holding a tokio `Mutex` across `.await` is allowed, so no lint fires; but the confirmations now take turns, which only the time shows
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

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
            let mut guard = balance.lock().await;
            *guard += amount;
            let now = *guard;
            confirm().await;
            println!("applied {amount:+}, balance {now}");
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("final balance {}", balance.lock().await);
}
