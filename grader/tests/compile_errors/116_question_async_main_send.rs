use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send(3).await?;
    println!("{:?}", rx.recv().await);
}
