use std::time::Duration;
use tokio::time::Instant;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ticker = tokio::spawn(async move {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("ticker {i} at {} ms", start.elapsed().as_millis());
        }
    });
    tokio::task::yield_now().await;
    println!("main blocks the thread with std::thread::sleep");
    std::thread::sleep(Duration::from_millis(50));
    println!("main unblocked; tokio clock says {} ms", start.elapsed().as_millis());
    ticker.await.unwrap();
    println!("end at {} ms", start.elapsed().as_millis());
}
