use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let ran = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = oneshot::channel::<()>();
    let mut tx = Some(tx);
    let mut handles = Vec::new();
    for i in 0..150 {
        let ran = ran.clone();
        let signal = if i == 0 { tx.take() } else { None };
        handles.push(tokio::spawn(async move {
            ran.fetch_add(1, Ordering::SeqCst);
            if let Some(s) = signal {
                s.send(()).unwrap();
            }
        }));
    }
    rx.await.unwrap();
    println!("main woke after {} tasks ran", ran.load(Ordering::SeqCst));
    tokio::task::yield_now().await;
    println!("main after yield sees {}", ran.load(Ordering::SeqCst));
    for h in handles {
        h.await.unwrap();
    }
    println!("all {} ran", ran.load(Ordering::SeqCst));
}
