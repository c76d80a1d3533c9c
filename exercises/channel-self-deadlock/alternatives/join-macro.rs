use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    let producer = async move {
        for job in 1..=5 {
            tx.send(format!("job {job}")).await.unwrap();
            println!("queued job {job}");
        }
    };
    let consumer = async {
        while let Some(job) = rx.recv().await {
            println!("processing {job}");
        }
    };
    tokio::join!(producer, consumer);
}
