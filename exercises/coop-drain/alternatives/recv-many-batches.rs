use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;
use tokio::task::yield_now;

const EVENTS: usize = 1000;

async fn drain(mut events: mpsc::Receiver<u64>, drained: Arc<AtomicUsize>) -> u64 {
    let mut total = 0;
    let mut batch = Vec::with_capacity(50);
    // one `recv_many` takes up to 50 events but spends one unit of budget: yield after each batch
    while events.recv_many(&mut batch, 50).await > 0 {
        total += batch.iter().sum::<u64>();
        drained.fetch_add(batch.len(), Ordering::SeqCst);
        batch.clear();
        yield_now().await;
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
