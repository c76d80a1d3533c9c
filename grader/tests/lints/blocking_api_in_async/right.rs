use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};

#[tokio::main]
async fn main() {
    let data = Arc::new(Mutex::new(0));
    let mut guard = data.lock().await;
    *guard += 1;
    tokio::task::yield_now().await;
    println!("{}", *guard);
    drop(guard);
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    // blocking_send is meant for sync code, such as a spawn_blocking closure.
    let producer = tokio::task::spawn_blocking(move || {
        tx.blocking_send(5).unwrap();
    });
    let v = rx.recv().await;
    println!("{v:?}");
    producer.await.unwrap();
}
