// fails: outcome, stdout, no blocking_api_in_async, no warnings
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for delay in [30u64, 10, 20] {
        let visits = Arc::clone(&visits);
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            // No `.await` any more, but this blocks the runtime's thread: tokio panics.
            *visits.blocking_lock() += 1;
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("{} visits", visits.blocking_lock());
}
