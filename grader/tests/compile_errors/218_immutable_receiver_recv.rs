use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(2);
    tx.send(1).await.unwrap();
    println!("{:?}", rx.recv().await);
}
