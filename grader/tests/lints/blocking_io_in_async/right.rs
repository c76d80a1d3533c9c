use tokio::sync::mpsc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let text = tokio::fs::read_to_string("Cargo.toml").await.unwrap_or_default();
    println!("{}", text.len());
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let producer = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        tx.send(1).await.unwrap();
    });
    let value = rx.recv().await.unwrap();
    println!("{value}");
    producer.await.unwrap();
}
