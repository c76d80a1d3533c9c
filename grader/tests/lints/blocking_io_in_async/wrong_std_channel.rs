use std::sync::mpsc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let producer = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        tx.send(1).unwrap();
    });
    let value = rx.recv().unwrap(); //~ blocking_io_in_async
    println!("{value}");
    producer.await.unwrap();
}
