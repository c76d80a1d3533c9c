use std::future::Future;
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};

fn next_job(rx: &mut Receiver<String>) -> impl Future<Output = Option<String>> + '_ {
    rx.recv()
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    let worker = tokio::spawn(async move {
        let mut done = 0;
        while let Some(job) = next_job(&mut rx).await {
            println!("working on {job}");
            done += 1;
        }
        done
    });
    for job in ["resize", "crop", "upload"] {
        tokio::time::sleep(Duration::from_millis(50)).await;
        tx.send(job.to_string()).await.unwrap();
    }
    drop(tx);
    println!("{} jobs done", worker.await.unwrap());
}
