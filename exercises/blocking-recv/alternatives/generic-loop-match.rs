use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};

async fn next_job<T>(rx: &mut Receiver<T>) -> Option<T> {
    rx.recv().await
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(4);
    let worker = tokio::spawn(async move {
        let mut done = 0u32;
        loop {
            match next_job(&mut rx).await {
                Some(job) => {
                    println!("working on {}", job);
                    done += 1;
                }
                None => break done,
            }
        }
    });
    for job in ["resize", "crop", "upload"] {
        tokio::time::sleep(Duration::from_millis(50)).await;
        tx.send(job.to_string()).await.unwrap();
    }
    drop(tx);
    println!("{} jobs done", worker.await.unwrap());
}
