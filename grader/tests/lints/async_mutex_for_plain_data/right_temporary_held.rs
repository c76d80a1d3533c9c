use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};

#[tokio::main]
async fn main() {
    // Workers share one receiver: the temporary guard is held across `recv().await`.
    let (tx, rx) = mpsc::channel::<u32>(8);
    let rx = Arc::new(Mutex::new(rx));
    let mut handles = Vec::new();
    for id in 0..2 {
        let rx = rx.clone();
        handles.push(tokio::spawn(async move {
            let mut n = 0;
            while let Some(job) = rx.lock().await.recv().await {
                n += job;
            }
            println!("worker {id} summed {n}");
        }));
    }
    for job in 1..=4 {
        tx.send(job).await.unwrap();
    }
    drop(tx);
    for h in handles {
        h.await.unwrap();
    }
}
