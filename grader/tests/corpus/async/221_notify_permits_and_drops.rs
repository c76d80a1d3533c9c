use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let n = Arc::new(Notify::new());
    // A permit stored before `notified()` is created completes it at once.
    n.notify_one();
    n.notified().await;
    println!("stored permit used");

    // `notify_waiters` completes a `Notified` created before it, even if not yet polled.
    let early = n.notified();
    n.notify_waiters();
    early.await;
    println!("early notified() completed by notify_waiters");

    // A waiter that received `notify_one` but is dropped before running passes it on.
    let a = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            println!("a woke");
        })
    };
    let b = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            println!("b woke");
        })
    };
    tokio::task::yield_now().await;
    n.notify_one();
    a.abort();
    b.await.unwrap();
    println!("a cancelled: {}", a.await.unwrap_err().is_cancelled());

    // notify_waiters wakes in the order the tasks started waiting.
    let mut hs = Vec::new();
    for id in [3, 1, 2] {
        let n = n.clone();
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(id * 10)).await;
            n.notified().await;
            println!("waiter {id} woke");
        }));
    }
    sleep(Duration::from_millis(50)).await;
    n.notify_waiters();
    for h in hs {
        h.await.unwrap();
    }
}
