use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    for i in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(i).await.unwrap();
        });
    }
    drop(tx);
    while let Ok(Some(v)) = timeout(Duration::from_millis(500), rx.recv()).await {
        println!("got {v}");
    }
    println!("all received");
}
