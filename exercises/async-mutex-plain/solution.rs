use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for delay in [30u64, 10, 20] {
        let visits = Arc::clone(&visits);
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            *visits.lock().unwrap() += 1;
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("{} visits", visits.lock().unwrap());
}
