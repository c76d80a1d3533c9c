// Outside `tokio::spawn` nothing needs `Send`: an explicit `drop` releases the lock before the await.
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn add(list: Arc<Mutex<Vec<u32>>>, value: u32) {
    let mut guard = list.lock().unwrap();
    guard.push(value);
    drop(guard);
    tokio::time::sleep(Duration::from_millis(10)).await;
}

#[tokio::main]
async fn main() {
    let list = Arc::new(Mutex::new(Vec::new()));
    add(list.clone(), 1).await;
    println!("{:?}", list.lock().unwrap());
}
