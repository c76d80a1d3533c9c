use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(64);
    let producer = tokio::spawn(async move {
        for i in 0..100_000u32 {
            tx.send(i).await.unwrap();
        }
    });
    let mut total = 0u64;
    while let Some(v) = rx.recv().await {
        total += u64::from(v);
    }
    producer.await.unwrap();
    println!("{total}");
}
