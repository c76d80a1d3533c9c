use std::time::Duration;
use tokio::sync::mpsc::{self, Sender};

fn spawn_worker(worker: u64, tx: Sender<u64>) {
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100 * worker)).await;
        tx.send(worker * worker).await.unwrap();
    });
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    spawn_worker(1, tx.clone());
    spawn_worker(2, tx.clone());
    spawn_worker(3, tx); // the last worker gets the original

    let mut total = 0;
    while let Some(result) = rx.recv().await {
        println!("got {result}");
        total += result;
    }
    println!("total {total}");
}
