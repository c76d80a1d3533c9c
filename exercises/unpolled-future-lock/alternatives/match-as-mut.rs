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
    match timeout(Duration::from_millis(50), restock.as_mut()).await {
        Ok(()) => {}
        Err(_elapsed) => {
            println!("restock is slow");
            restock.as_mut().await;
        }
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
