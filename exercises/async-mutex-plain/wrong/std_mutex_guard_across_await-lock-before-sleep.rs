// fails: outcome, stdout, no std_mutex_guard_across_await, no warnings
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for delay in [30u64, 10, 20] {
        let visits = Arc::clone(&visits);
        handles.push(tokio::spawn(async move {
            let mut count = visits.lock().unwrap();
            tokio::time::sleep(Duration::from_millis(delay)).await;
            *count += 1;
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("{} visits", visits.lock().unwrap());
}
