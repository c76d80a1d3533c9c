use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    rx.close();
    match tx.send(3).await {
        Ok(()) => println!("sent 3"),
        Err(e) => println!("send failed: {e} (value {})", e.0),
    }
    println!("sender sees closed: {}", tx.is_closed());
    while let Some(v) = rx.recv().await {
        println!("drained {v}");
    }
    println!("recv after drain: {:?}", rx.recv().await);
}
