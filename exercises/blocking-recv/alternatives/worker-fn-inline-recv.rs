use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};

async fn work(mut rx: Receiver<String>) -> usize {
    let mut jobs = Vec::new();
    while let Some(job) = rx.recv().await {
        println!("working on {job}");
        jobs.push(job);
    }
    jobs.len()
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    let worker = tokio::spawn(work(rx));
    for job in ["resize", "crop", "upload"] {
        tokio::time::sleep(Duration::from_millis(50)).await;
        tx.send(job.to_string()).await.unwrap();
    }
    drop(tx);
    println!("{} jobs done", worker.await.unwrap());
}
