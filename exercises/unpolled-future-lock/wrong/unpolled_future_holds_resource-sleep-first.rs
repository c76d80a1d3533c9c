// fails: outcome, stdout, no unpolled_future_holds_resource, no warnings
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, timeout};

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    let restock = async {
        let mut units = stock.lock().await;
        sleep(Duration::from_millis(100)).await; // the delivery arrives
        *units += 5;
        println!("restocked: {}", *units);
    };
    tokio::pin!(restock);
    if timeout(Duration::from_millis(50), &mut restock).await.is_err() {
        println!("restock is slow");
        sleep(Duration::from_millis(100)).await; // give the delivery time to arrive
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
