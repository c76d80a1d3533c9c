use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<String>(8);
    tokio::spawn(async move {
        for i in 1..=3 {
            sleep(Duration::from_millis(100)).await;
            tx.send(format!("msg {i}")).await.unwrap();
        }
        println!("producer done");
    });
    while let Some(m) = rx.recv().await {
        println!("got {m} at {} ms", start.elapsed().as_millis());
    }
    println!("channel closed at {} ms", start.elapsed().as_millis());
}
