use tokio::sync::{mpsc, oneshot};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let (done_tx, done_rx) = oneshot::channel::<&str>();
    let (log_tx, mut log_rx) = mpsc::unbounded_channel::<u32>();
    let producer = tokio::spawn(async move {
        for i in 0..3 {
            tx.send(i).await.unwrap();
            // Unbounded and oneshot sends are not async.
            log_tx.send(i).unwrap();
        }
        done_tx.send("done").unwrap();
    });
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    producer.await.unwrap();
    while let Ok(v) = log_rx.try_recv() {
        println!("logged {v}");
    }
    println!("{}", done_rx.await.unwrap());
}
