use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMutexGuard};
use tokio::time::{sleep, Duration, Instant};

async fn hold(guard: OwnedMutexGuard<Vec<&'static str>>, who: &'static str, ms: u64) {
    let mut guard = guard;
    guard.push(who);
    sleep(Duration::from_millis(ms)).await;
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let list = Arc::new(Mutex::new(Vec::new()));
    let g = list.clone().lock_owned().await;
    let t = tokio::spawn(hold(g, "task", 100));
    let waiter = {
        let list = list.clone();
        tokio::spawn(async move {
            let mut l = list.lock().await;
            l.push("waiter");
            println!("waiter got the lock at {} ms", start.elapsed().as_millis());
        })
    };
    t.await.unwrap();
    waiter.await.unwrap();
    println!("{:?}", list.lock().await);
    let m = Mutex::new(1);
    println!("{:?}", m);
    println!("{}", m.into_inner());
}
