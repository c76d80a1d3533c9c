use std::time::Duration;

#[tokio::main]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("tick {i}");
        }
    });
    tokio::time::sleep(Duration::from_millis(15)).await;
    ticker.abort();
    tokio::time::sleep(Duration::from_millis(50)).await;
    println!("main done");
}
