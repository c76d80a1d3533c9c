use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let producer = tokio::spawn(async move {
        for job in (1..=5).map(|n| format!("job {n}")) {
            let label = job.clone();
            tx.send(job).await.expect("the receiver is gone");
            println!("queued {label}");
        }
    });
    while let Some(job) = rx.recv().await {
        println!("processing {job}");
    }
    producer.await.unwrap();
}
