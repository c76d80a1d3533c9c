use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn add(list: Arc<Mutex<Vec<u32>>>, value: u32) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    let mut guard = list.lock().unwrap();
    guard.push(value);
}

async fn add_then_wait(list: Arc<Mutex<Vec<u32>>>, value: u32) {
    {
        let mut guard = list.lock().unwrap();
        guard.push(value);
    }
    tokio::time::sleep(Duration::from_millis(10)).await;
}

#[tokio::main]
async fn main() {
    let list = Arc::new(Mutex::new(Vec::new()));
    add(list.clone(), 1).await;
    add_then_wait(list.clone(), 2).await;
    let list2 = list.clone();
    let handle = tokio::spawn(async move {
        {
            let mut guard = list2.lock().unwrap();
            guard.push(3);
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    });
    handle.await.unwrap();
    let len = list.lock().unwrap().len();
    tokio::time::sleep(Duration::from_millis(1)).await;
    println!("{len}");
}
