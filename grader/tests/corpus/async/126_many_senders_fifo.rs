use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(u32, u32)>(100);
    for id in 0..5u32 {
        let tx = tx.clone();
        tokio::spawn(async move {
            for round in 0..2u32 {
                tx.send((id, round)).await.unwrap();
                sleep(Duration::from_millis(10)).await;
            }
        });
    }
    drop(tx);
    let mut order = Vec::new();
    while let Some((id, round)) = rx.recv().await {
        order.push(format!("{id}.{round}"));
    }
    println!("{}", order.join(" "));
}
