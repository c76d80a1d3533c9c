#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<u32>();
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}
