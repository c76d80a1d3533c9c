use std::time::Duration;
use tokio::sync::watch::{self, error::RecvError, Receiver};

async fn next_level(rx: &mut Receiver<&'static str>) -> Result<&'static str, RecvError> {
    rx.changed().await?;
    Ok(*rx.borrow_and_update())
}

async fn follow(mut rx: watch::Receiver<&'static str>) {
    println!("level is {} at start", *rx.borrow());
    while let Ok(level) = next_level(&mut rx).await {
        println!("level is now {level}");
    }
    println!("config closed");
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
