use std::sync::Arc;
use std::time::Duration;

fn record_visit(visits: &std::sync::Mutex<u32>) {
    let mut count = visits.lock().unwrap();
    *count += 1;
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(std::sync::Mutex::new(0u32));
    let mut handles = Vec::new();
    for delay in [30u64, 10, 20] {
        let visits = Arc::clone(&visits);
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            record_visit(&visits);
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("{} visits", visits.lock().unwrap());
}
