#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<u32>(2);
    tx.send(1).await.unwrap();
    drop(sender);
    println!("{:?}", rx.recv().await);
}
