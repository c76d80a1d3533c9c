use std::time::Duration;

#[tokio::main]
async fn main() {
    let ticker = tokio::spawn(async {
        loop {
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("tick");
        }
    });
    tokio::time::sleep(Duration::from_millis(25)).await;
    ticker.abort();
    drop(ticker);
    tokio::time::sleep(Duration::from_millis(50)).await;
    println!("main done");
}
