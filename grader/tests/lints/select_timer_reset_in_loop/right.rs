use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let producer = tokio::spawn(async move {
        for i in 0..10 {
            tokio::time::sleep(Duration::from_millis(40)).await;
            if tx.send(i).await.is_err() {
                break;
            }
        }
    });
    let deadline = tokio::time::sleep(Duration::from_millis(100));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            Some(v) = rx.recv() => println!("got {v}"),
            _ = &mut deadline => {
                println!("deadline reached");
                break;
            }
            else => break,
        }
    }
    drop(rx);
    producer.await.unwrap();
}
