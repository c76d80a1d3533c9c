use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u64>(10);
    (1..=3u64).for_each(|worker| {
        let tx = tx.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100 * worker)).await;
            tx.send(worker * worker).await.unwrap();
        });
    });
    drop(tx);

    let mut results = Vec::new();
    loop {
        match rx.recv().await {
            Some(result) => {
                println!("got {result}");
                results.push(result);
            }
            None => break,
        }
    }
    let total: u64 = results.iter().sum();
    println!("total {}", total);
}
