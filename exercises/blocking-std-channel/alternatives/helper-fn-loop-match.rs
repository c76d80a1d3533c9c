use std::time::Duration;
use tokio::sync::mpsc::{channel, Sender};

async fn produce(tx: Sender<u32>) {
    for reading in [17, 19, 23] {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if tx.send(reading).await.is_err() {
            return;
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = channel(1);
    tokio::spawn(produce(tx));
    loop {
        match rx.recv().await {
            Some(reading) => println!("reading {}", reading),
            None => break,
        }
    }
    println!("sensor done");
}
