use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::task::yield_now;

#[tokio::main]
async fn main() {
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let spinner = tokio::spawn(async move {
        let mut spins = 0u32;
        while !s.load(Ordering::Relaxed) {
            spins += 1;
            yield_now().await;
        }
        spins
    });
    for i in 0..5 {
        println!("main iteration {i}");
        yield_now().await;
    }
    stop.store(true, Ordering::Relaxed);
    println!("spinner spun {} times", spinner.await.unwrap());
}
