use std::time::Duration;
use tokio::sync::watch;

async fn follow(mut rx: watch::Receiver<&'static str>) {
    println!("level is {} at start", *rx.borrow());
    loop {
        if rx.changed().await.is_err() {
            println!("config closed");
            return;
        }
        let level: &str = &rx.borrow_and_update();
        println!("level is now {level}");
    }
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
