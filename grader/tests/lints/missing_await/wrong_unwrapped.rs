use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        tx.send(1).unwrap(); //~ missing_await
    });
    while let Some(n) = rx.recv().await {
        println!("{n}");
    }
}
