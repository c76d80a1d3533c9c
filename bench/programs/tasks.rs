// Scale (issue 3): 10,000 tasks send 100,000 messages over one mpsc channel,
// each task sleeping twice on the way; the paused clock makes the timers free.
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u64>(1024);
    let mut handles = Vec::new();
    for t in 0..10_000u64 {
        let tx = tx.clone();
        handles.push(tokio::spawn(async move {
            for m in 0..10u64 {
                if m % 5 == 0 {
                    sleep(Duration::from_millis(t % 7 + 1)).await;
                }
                tx.send(t * 10 + m).await.unwrap();
            }
        }));
    }
    drop(tx);
    let mut count = 0u64;
    let mut sum = 0u64;
    while let Some(v) = rx.recv().await {
        count += 1;
        sum += v;
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("{} messages, sum {}, {} ms of virtual time", count, sum, start.elapsed().as_millis());
}
