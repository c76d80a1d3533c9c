use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;

const EVENTS: usize = 1000;

async fn drain(mut events: mpsc::Receiver<u64>, drained: Arc<AtomicUsize>) -> u64 {
    let mut total = 0;
    // `recv().await` spends tokio's budget: after 128 messages the task yields.
    while let Some(event) = events.recv().await {
        total += event;
        drained.fetch_add(1, Ordering::SeqCst);
    }
    println!("drained {} events", drained.load(Ordering::SeqCst));
    total
}

async fn heartbeat(drained: Arc<AtomicUsize>) {
    let seen = drained.load(Ordering::SeqCst);
    assert!(seen < EVENTS, "the heartbeat only ran after the whole backlog was drained");
    println!("heartbeat: still responsive");
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(EVENTS);
    for event in 1..=EVENTS as u64 {
        tx.try_send(event).unwrap();
    }
    drop(tx);
    let drained = Arc::new(AtomicUsize::new(0));
    let drainer = tokio::spawn(drain(rx, Arc::clone(&drained)));
    let beat = tokio::spawn(heartbeat(Arc::clone(&drained)));
    let total = drainer.await.unwrap();
    beat.await.unwrap();
    println!("total {total}");
}
