use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{timeout, Duration};

#[tokio::main]
async fn main() {
    let n = Arc::new(Notify::new());
    n.notify_one();
    n.notify_one();
    let first = timeout(Duration::from_millis(10), n.notified()).await;
    let second = timeout(Duration::from_millis(10), n.notified()).await;
    println!("first waiter: {:?}, second waiter: {:?}", first.is_ok(), second.is_ok());
    let a = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            "a"
        })
    };
    let b = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            "b"
        })
    };
    tokio::task::yield_now().await;
    n.notify_one();
    tokio::task::yield_now().await;
    println!("after one notify: a finished {}, b finished {}", a.is_finished(), b.is_finished());
    n.notify_one();
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
}
