use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    let producer = tokio::spawn(async move {
        for i in 1..=5 {
            tx.send(i).await.unwrap();
            println!("sent {i} at {} ms", start.elapsed().as_millis());
        }
    });
    sleep(Duration::from_millis(500)).await;
    while let Some(v) = rx.recv().await {
        println!("  consumed {v} at {} ms", start.elapsed().as_millis());
        sleep(Duration::from_millis(100)).await;
    }
    producer.await.unwrap();
    println!("done at {} ms", start.elapsed().as_millis());
}
