use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0)); //~ async_mutex_for_plain_data
    let mut handles = Vec::new();
    for _ in 0..3 {
        let counter = counter.clone();
        handles.push(tokio::spawn(async move {
            *counter.lock().await += 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("{}", *counter.lock().await);
}
