use std::sync::Arc;
use tokio::sync::{broadcast, Notify};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel::<u32>(4);
    let mut handles = Vec::new();
    for id in 1..=3 {
        let mut rx = tx.subscribe();
        handles.push(tokio::spawn(async move {
            let v = rx.recv().await.unwrap();
            println!("broadcast receiver {id} got {v}");
        }));
    }
    tokio::task::yield_now().await;
    tx.send(7).unwrap();
    for h in handles.drain(..) {
        h.await.unwrap();
    }

    let notify = Arc::new(Notify::new());
    for id in 1..=3 {
        let n = notify.clone();
        handles.push(tokio::spawn(async move {
            n.notified().await;
            println!("notify_waiters woke {id}");
        }));
    }
    tokio::task::yield_now().await;
    notify.notify_waiters();
    for h in handles.drain(..) {
        h.await.unwrap();
    }

    let token = CancellationToken::new();
    for id in 1..=3 {
        let t = token.clone();
        handles.push(tokio::spawn(async move {
            t.cancelled().await;
            println!("cancellation woke {id}");
        }));
    }
    tokio::task::yield_now().await;
    token.cancel();
    for h in handles.drain(..) {
        h.await.unwrap();
    }
}
