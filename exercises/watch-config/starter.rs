use std::time::Duration;
use tokio::sync::watch;

async fn follow(mut rx: watch::Receiver<&'static str>) {
    println!("level is {} at start", *rx.borrow());
    // TODO: print every new level until the sender is dropped, then `config closed`.
}

#[tokio::main]
async fn main() {
    let (tx, rx) = watch::channel("info");
    let worker = tokio::spawn(follow(rx));
    tokio::time::sleep(Duration::from_millis(100)).await;
    tx.send("debug").unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    tx.send("warn").unwrap();
    tx.send("error").unwrap(); // replaces "warn" before the worker looks
    tokio::time::sleep(Duration::from_millis(100)).await;
    drop(tx);
    worker.await.unwrap();
}
