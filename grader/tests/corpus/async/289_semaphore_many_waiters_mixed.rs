use std::sync::Arc;
use tokio::sync::{RwLock, Semaphore};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let sem = Arc::new(Semaphore::new(3));
    let mut handles = Vec::new();
    for (id, n) in [(0, 2), (1, 2), (2, 1), (3, 3), (4, 1)] {
        let sem = sem.clone();
        handles.push(tokio::spawn(async move {
            let _p = sem.acquire_many(n).await.unwrap();
            println!("task {id} got {n}");
            sleep(Duration::from_millis(10)).await;
            println!("task {id} releases {n}");
        }));
    }
    for h in handles.drain(..) {
        h.await.unwrap();
    }

    let data = Arc::new(RwLock::new(0));
    let w = data.write().await;
    for id in 0..3 {
        let data = data.clone();
        handles.push(tokio::spawn(async move {
            let v = data.read().await;
            println!("reader {id} sees {}", *v);
            sleep(Duration::from_millis(1)).await;
        }));
    }
    let data2 = data.clone();
    handles.push(tokio::spawn(async move {
        let mut v = data2.write().await;
        *v += 10;
        println!("writer sets {}", *v);
    }));
    let data3 = data.clone();
    handles.push(tokio::spawn(async move {
        let v = data3.read().await;
        println!("late reader sees {}", *v);
    }));
    tokio::task::yield_now().await;
    drop(w);
    for h in handles {
        h.await.unwrap();
    }
    println!("final {}", *data.read().await);
}
