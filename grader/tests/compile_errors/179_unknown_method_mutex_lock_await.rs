use std::sync::{Arc, Mutex};

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let mut n = m.lock().await;
    *n += 1;
}
