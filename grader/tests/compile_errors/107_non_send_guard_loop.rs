use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let l = log.clone();
    let h = tokio::spawn(async move {
        let mut entries = l.lock().unwrap();
        while let Some(n) = rx.recv().await {
            entries.push(n);
        }
    });
    tx.send(1).await.unwrap();
    drop(tx);
    h.await.unwrap();
    println!("{:?}", log.lock().unwrap());
}
