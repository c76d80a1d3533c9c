use std::sync::Arc;
use tokio::sync::Mutex;

async fn bump(counter: &Mutex<u32>) {
    let mut n = counter.lock().await; //~ async_lock_deadlock
    *n += 1;
}

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let guard = counter.lock().await;
    println!("before: {}", *guard);
    bump(&counter).await;
    println!("after: {}", *guard);
}
