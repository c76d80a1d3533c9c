use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    // The guard is held across an await, which is what tokio's Mutex is for.
    let log = Arc::new(Mutex::new(Vec::new()));
    let log2 = log.clone();
    let writer = tokio::spawn(async move {
        let mut guard = log2.lock().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
        guard.push("written");
    });
    writer.await.unwrap();
    println!("{:?}", log.lock().await);
}
