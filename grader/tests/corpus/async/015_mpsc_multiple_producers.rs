use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(16);
    for id in 1..=3u64 {
        let tx = tx.clone();
        tokio::spawn(async move {
            for n in 0..2 {
                sleep(Duration::from_millis(id * 70)).await;
                tx.send((id, n)).await.unwrap();
            }
        });
    }
    drop(tx);
    let mut log = Vec::new();
    while let Some((id, n)) = rx.recv().await {
        println!("producer {id} sent {n}");
        log.push(id);
    }
    println!("received {} messages: {:?}", log.len(), log);
}
