use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn add(list: Arc<Mutex<Vec<u32>>>, value: u32) {
    let mut guard = list.lock().unwrap(); //~ std_mutex_guard_across_await
    tokio::time::sleep(Duration::from_millis(10)).await;
    guard.push(value);
}

#[tokio::main]
async fn main() {
    let list = Arc::new(Mutex::new(Vec::new()));
    add(list.clone(), 1).await;
    println!("{:?}", list.lock().unwrap());
}
