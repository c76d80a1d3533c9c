use tokio::sync::mpsc;

async fn produce(parts: (mpsc::Sender<u32>, u32)) {
    let (tx, n) = parts;
    for i in 0..n {
        tx.send(i).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let parts = (tx, 3);
    tokio::spawn(produce(parts));
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
}
