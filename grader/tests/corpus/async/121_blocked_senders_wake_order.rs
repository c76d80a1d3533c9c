use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<&'static str>(1);
    tx.send("prefill").await.unwrap();
    for name in ["first", "second", "third"] {
        let tx = tx.clone();
        tokio::spawn(async move {
            println!("{name} waits to send");
            tx.send(name).await.unwrap();
            println!("{name} sent at {} ms", start.elapsed().as_millis());
        });
    }
    drop(tx);
    sleep(Duration::from_millis(100)).await;
    while let Some(v) = rx.recv().await {
        println!("received {v} at {} ms", start.elapsed().as_millis());
        sleep(Duration::from_millis(10)).await;
    }
}
