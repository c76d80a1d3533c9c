use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

async fn slow_update(name: &str, data: Arc<Mutex<Vec<String>>>, start: Instant) {
    let mut guard = data.lock().await;
    println!("{name} locked at {} ms", start.elapsed().as_millis());
    sleep(Duration::from_millis(100)).await;
    guard.push(name.to_string());
}

async fn quick_update(name: &str, data: Arc<Mutex<Vec<String>>>, start: Instant) {
    sleep(Duration::from_millis(100)).await;
    data.lock().await.push(name.to_string());
    println!("{name} updated at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let data = Arc::new(Mutex::new(Vec::new()));
    let start = Instant::now();
    tokio::join!(
        slow_update("slow-1", data.clone(), start),
        slow_update("slow-2", data.clone(), start),
        slow_update("slow-3", data.clone(), start)
    );
    println!("held across await: {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    tokio::join!(
        quick_update("quick-1", data.clone(), start),
        quick_update("quick-2", data.clone(), start),
        quick_update("quick-3", data.clone(), start)
    );
    println!("lock only around the update: {} ms", start.elapsed().as_millis());
    println!("{:?}", data.lock().await);
}
