use tokio::sync::mpsc;

fn drain(mut rx: mpsc::Receiver<u32>) -> u32 {
    let mut total = 0;
    while let Some(n) = rx.recv().await {
        total += n;
    }
    total
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    tx.send(1).await.unwrap();
    drop(tx);
    println!("{}", drain(rx));
}
