use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::{interval, sleep};

async fn worker(name: &'static str, mut shutdown: broadcast::Receiver<()>) {
    // TODO: work every 100 ms until a shutdown message arrives.
    todo!()
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel(1);
    let a = tokio::spawn(worker("indexer", tx.subscribe()));
    sleep(Duration::from_millis(50)).await;
    let b = tokio::spawn(worker("mailer", tx.subscribe()));
    sleep(Duration::from_millis(220)).await;
    tx.send(()).unwrap();
    a.await.unwrap();
    b.await.unwrap();
    println!("shutdown complete");
}
