use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let list = Arc::new(Mutex::new(Vec::new()));
    let list2 = list.clone();
    let handle = tokio::spawn(async move { //~ std_mutex_guard_across_await
        let mut guard = list2.lock().unwrap();
        tokio::time::sleep(Duration::from_millis(10)).await;
        guard.push(1);
    });
    handle.await.unwrap();
    println!("{:?}", list.lock().unwrap());
}
