// fails: stdout
// checks only: waiting longer than the prompt allows avoids the deadlock by never timing out; only the missing "restock is slow" line shows it
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
    if timeout(Duration::from_millis(200), &mut restock).await.is_err() {
        println!("restock is slow");
    }
    let mut units = stock.lock().await;
    *units -= 1;
    println!("sold one, {} left", *units);
}
