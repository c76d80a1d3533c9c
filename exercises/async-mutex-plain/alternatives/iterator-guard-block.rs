use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let handles: Vec<_> = [30u64, 10, 20]
        .iter()
        .map(|&delay| {
            let visits = visits.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(delay)).await;
                {
                    let mut guard = visits.lock().unwrap();
                    *guard += 1;
                }
            })
        })
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
    println!("{:?} visits", *visits.lock().unwrap());
}
