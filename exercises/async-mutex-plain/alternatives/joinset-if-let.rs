use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0u32));
    let mut set = JoinSet::new();
    for delay in [30u64, 10, 20] {
        let visits = Arc::clone(&visits);
        set.spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            if let Ok(mut n) = visits.lock() {
                *n += 1;
            }
        });
    }
    while let Some(res) = set.join_next().await {
        res.unwrap();
    }
    let total = *visits.lock().unwrap();
    println!("{total} visits");
}
