use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    tx.send(1).await.unwrap();
    drop(tx);
    loop {
        tokio::select! {
            biased;
            Some(v) = rx.recv() => println!("got {v}"),
        }
    }
}
