use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    for i in 0..3 {
        tokio::spawn(async move {
            tx.send(i).await.unwrap();
        });
    }
    while let Some(n) = rx.recv().await {
        println!("{n}");
    }
}
