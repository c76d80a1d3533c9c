// fails: stdout
// checks only: dropping the future does release the lock, but it cancels the restock; only the printed stock shows it
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, timeout};

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    let mut restock = Box::pin(async {
        let mut units = stock.lock().await;
        sleep(Duration::from_millis(100)).await; // the delivery arrives
        *units += 5;
        println!("restocked: {}", *units);
    });
    if timeout(Duration::from_millis(50), &mut restock).await.is_err() {
        println!("restock is slow");
        drop(restock);
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
