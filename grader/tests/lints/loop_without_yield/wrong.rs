use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let ready = Arc::new(AtomicBool::new(false));
    let flag = ready.clone();
    let worker = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        flag.store(true, Ordering::SeqCst);
    });
    while !ready.load(Ordering::SeqCst) {} //~ loop_without_yield
    println!("ready");
    worker.await.unwrap();
}
