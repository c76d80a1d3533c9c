use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send("five").await.unwrap();
    println!("{:?}", rx.recv().await);
}
