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
    while !ready.load(Ordering::SeqCst) {
        tokio::task::yield_now().await;
    }
    println!("ready");
    worker.await.unwrap();
    // A bounded computation loop without `.await` is fine.
    let mut sum = 0u64;
    let mut i = 0;
    while i < 1000 {
        sum += i;
        i += 1;
    }
    println!("{sum}");
}
