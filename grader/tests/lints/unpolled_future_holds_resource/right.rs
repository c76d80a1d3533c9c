use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn hold(lock: Arc<Mutex<u32>>) {
    let _guard = lock.lock().await;
    tokio::time::sleep(Duration::from_millis(50)).await;
}

#[tokio::main]
async fn main() {
    let lock = Arc::new(Mutex::new(0));
    {
        let holder = hold(lock.clone());
        tokio::pin!(holder);
        tokio::select! {
            _ = &mut holder => {}
            _ = tokio::time::sleep(Duration::from_millis(10)) => {}
        }
    }
    let value = lock.lock().await;
    println!("{}", *value);
}
