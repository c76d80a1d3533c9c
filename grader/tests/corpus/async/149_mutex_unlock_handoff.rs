use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let guard = m.lock().await;
    let waiter = {
        let m = m.clone();
        tokio::spawn(async move {
            println!("waiter wants the lock");
            let mut g = m.lock().await;
            *g += 1;
            println!("waiter got the lock");
        })
    };
    tokio::task::yield_now().await;
    println!("main releases");
    drop(guard);
    println!("main tries to lock again at once: {}", m.try_lock().is_ok());
    let g = m.lock().await;
    println!("main has the lock again, value {}", *g);
    drop(g);
    waiter.await.unwrap();
}
