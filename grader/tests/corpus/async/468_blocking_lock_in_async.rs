use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let v = Arc::clone(&visits);
    let task = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        *v.blocking_lock() += 1;
    });
    println!("{:?}", task.await.map_err(|e| e.is_panic()));
    println!("{}", *visits.lock().await);
    println!("{}", visits.blocking_lock());
}
