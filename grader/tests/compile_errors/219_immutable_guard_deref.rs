use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let guard = m.lock().await;
    *guard += 1;
    println!("{}", *guard);
}
