use std::sync::Arc;
use tokio::sync::{mpsc, Mutex, Notify};
use tokio::task::yield_now;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(1);
    let notify = Arc::new(Notify::new());
    let lock = Arc::new(Mutex::new(()));
    let mut hs = Vec::new();
    for i in 0..3 {
        let tx = tx.clone();
        let notify = notify.clone();
        let lock = lock.clone();
        hs.push(tokio::spawn(async move {
            tx.send(format!("hello from {i}")).await.unwrap();
            println!("task {i} sent");
            notify.notified().await;
            println!("task {i} notified");
            let _g = lock.lock().await;
            println!("task {i} locked");
            yield_now().await;
            println!("task {i} unlocking");
        }));
    }
    drop(tx);
    let g = lock.lock().await;
    for _ in 0..3 {
        println!("main got {:?}", rx.recv().await);
    }
    yield_now().await;
    notify.notify_waiters();
    println!("main notified all");
    yield_now().await;
    println!("main drops the lock");
    drop(g);
    for h in hs {
        h.await.unwrap();
    }
    println!("rx end {:?}", rx.recv().await);
}
