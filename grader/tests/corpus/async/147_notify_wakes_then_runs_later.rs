use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for id in 0..3 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            println!("waiter {id} waits");
            n.notified().await;
            println!("waiter {id} woke");
        }));
    }
    tokio::task::yield_now().await;
    println!("main notifies all");
    notify.notify_waiters();
    println!("main continues before any waiter runs");
    for h in handles {
        h.await.unwrap();
    }
    println!("main done");
}
