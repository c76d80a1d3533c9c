use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}
