use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    let mut restock = std::pin::pin!(async {
        let mut units = stock.lock().await;
        sleep(Duration::from_millis(100)).await; // the delivery arrives
        *units += 5;
        println!("restocked: {}", *units);
    });
    let finished = tokio::select! {
        _ = &mut restock => true,
        _ = sleep(Duration::from_millis(50)) => false,
    };
    if !finished {
        println!("restock is slow");
        restock.await;
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
