use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    tx.send(1).await.unwrap();
    let first = rx.recv();
    let second = rx.recv();
    let (a, b) = tokio::join!(first, second);
    println!("{:?} {:?}", a, b);
}
