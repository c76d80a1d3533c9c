use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

static QUEUED: AtomicUsize = AtomicUsize::new(0);
static MOST: AtomicUsize = AtomicUsize::new(0);

const CAPACITY: usize = 5;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(CAPACITY);
    let producer = tokio::spawn(async move {
        let mut n = 1;
        while n <= 20 {
            let queued = QUEUED.fetch_add(1, Ordering::SeqCst) + 1;
            MOST.fetch_max(queued, Ordering::SeqCst);
            match tx.send(format!("line {n}")).await {
                Ok(()) => n += 1,
                Err(err) => panic!("writer stopped: {err}"),
            }
        }
        println!("producer done at {} ms", start.elapsed().as_millis());
    });
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
