use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    // A handful of messages is no fast producer.
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 0..5 {
        tx.send(i * i).unwrap();
    }
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("{v}");
    }
}
