use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::{sleep, timeout};

async fn restock(stock: &Mutex<u32>, amount: u32) {
    let mut units = stock.lock().await;
    sleep(Duration::from_millis(100)).await; // the delivery arrives
    *units += amount;
    println!("restocked: {}", *units);
}

async fn sell(stock: &Mutex<u32>) {
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    let mut delivery = Box::pin(restock(&stock, 5));
    if timeout(Duration::from_millis(50), &mut delivery).await.is_err() {
        println!("restock is slow");
        delivery.await; // the box is moved in and dropped once the restock is done
    }
    sell(&stock).await;
}
