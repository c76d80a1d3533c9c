use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<i32>(3);
    let consumer = tokio::spawn(async move {
        while let Some(reading) = rx.recv().await {
            println!("reading {reading}");
        }
    });
    for reading in [17, 19, 23] {
        tokio::time::sleep(Duration::from_millis(100)).await;
        tx.send(reading).await.unwrap();
    }
    drop(tx);
    consumer.await.unwrap();
    println!("sensor done");
}
