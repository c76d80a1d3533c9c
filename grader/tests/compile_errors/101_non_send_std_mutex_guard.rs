use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let c = counter.clone();
    let handle = tokio::spawn(async move {
        let mut n = c.lock().unwrap();
        tokio::time::sleep(Duration::from_millis(10)).await;
        *n += 1;
    });
    handle.await.unwrap();
    println!("{}", counter.lock().unwrap());
}
