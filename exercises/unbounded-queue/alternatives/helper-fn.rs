use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc::{self, Sender};
use tokio::time::Instant;

static QUEUED: AtomicUsize = AtomicUsize::new(0);
static MOST: AtomicUsize = AtomicUsize::new(0);

async fn produce(tx: Sender<String>, start: Instant) {
    for line in (1..=20).map(|n| format!("line {n}")) {
        let queued = QUEUED.fetch_add(1, Ordering::SeqCst) + 1;
        MOST.fetch_max(queued, Ordering::SeqCst);
        if tx.send(line).await.is_err() {
            break;
        }
    }
    println!("producer done at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<String>(5);
    let producer = tokio::spawn(produce(tx, start));
    let mut written = 0;
    while let Some(_line) = rx.recv().await {
        QUEUED.fetch_sub(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(10)).await;
        written += 1;
    }
    producer.await.unwrap();
    println!("{written} lines written at {} ms", start.elapsed().as_millis());
    println!("at most {} lines waiting", MOST.load(Ordering::SeqCst));
}
