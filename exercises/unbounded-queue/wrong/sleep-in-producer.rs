// fails: stdout
// checks only: the channel is still unbounded, but the hand-made sleep keeps the queue short in this run, so the grader sees no queue growth to name; the output shows the producer paced by its own sleep, not by backpressure (producer done at 200 ms)
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

static QUEUED: AtomicUsize = AtomicUsize::new(0);
static MOST: AtomicUsize = AtomicUsize::new(0);

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let producer = tokio::spawn(async move {
        for n in 1..=20 {
            let queued = QUEUED.fetch_add(1, Ordering::SeqCst) + 1;
            MOST.fetch_max(queued, Ordering::SeqCst);
            tx.send(format!("line {n}")).unwrap();
            tokio::time::sleep(Duration::from_millis(10)).await; // slow down by hand
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
