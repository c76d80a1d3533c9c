use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    // Closing the receiver ends the loop once the queue is drained, even with `tx` alive.
    rx.close();
    while let Some(v) = rx.recv().await {
        println!("drained {v}");
    }
    println!("closed: {}", tx.is_closed());
}
