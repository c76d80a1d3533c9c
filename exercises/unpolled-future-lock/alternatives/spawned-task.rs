use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, timeout};

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    // A task is polled by the runtime, not by `main`: it finishes even while `main` waits.
    let mut restock = tokio::spawn({
        let stock = Arc::clone(&stock);
        async move {
            let mut units = stock.lock().await;
            sleep(Duration::from_millis(100)).await; // the delivery arrives
            *units += 5;
            println!("restocked: {}", *units);
        }
    });
    if timeout(Duration::from_millis(50), &mut restock).await.is_err() {
        println!("restock is slow");
        restock.await.unwrap();
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
