use std::sync::Arc;
use tokio::sync::{Mutex, Notify, Semaphore};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let lock = Arc::new(Mutex::new(Vec::new()));
    let guard = lock.lock().await;
    let mut handles = Vec::new();
    for id in [4, 1, 3, 0, 2] {
        let lock = lock.clone();
        handles.push(tokio::spawn(async move {
            let mut v = lock.lock().await;
            v.push(id);
            println!("lock: task {id}");
            tokio::task::yield_now().await;
        }));
    }
    tokio::task::yield_now().await;
    drop(guard);
    for h in handles.drain(..) {
        h.await.unwrap();
    }
    println!("lock order {:?}", lock.lock().await);

    let sem = Arc::new(Semaphore::new(0));
    for id in 0..4 {
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            let _p = sem.acquire().await.unwrap();
            println!("sem: task {id}");
            sleep(Duration::from_millis(5)).await;
        }));
    }
    sleep(Duration::from_millis(1)).await;
    sem.add_permits(2);
    for h in handles.drain(..) {
        h.await.unwrap();
    }

    let notify = Arc::new(Notify::new());
    for id in 0..4 {
        let notify = notify.clone();
        handles.push(tokio::spawn(async move {
            notify.notified().await;
            println!("notify: task {id}");
        }));
    }
    tokio::task::yield_now().await;
    notify.notify_one();
    notify.notify_one();
    tokio::task::yield_now().await;
    println!("main between notifies");
    notify.notify_waiters();
    for h in handles.drain(..) {
        h.await.unwrap();
    }
    println!("main done");
}
