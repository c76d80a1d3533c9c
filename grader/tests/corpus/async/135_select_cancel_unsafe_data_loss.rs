use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{interval, sleep, Duration, Instant};

async fn next_record(queue: &Mutex<VecDeque<u32>>) -> Option<u32> {
    let item = queue.lock().await.pop_front()?;
    sleep(Duration::from_millis(40)).await;
    Some(item)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let queue = Arc::new(Mutex::new((1..=6).collect::<VecDeque<u32>>()));
    let mut heartbeat = interval(Duration::from_millis(50));
    heartbeat.tick().await;
    let mut processed = Vec::new();
    loop {
        tokio::select! {
            biased;
            _ = heartbeat.tick() => println!("heartbeat at {} ms", start.elapsed().as_millis()),
            rec = next_record(&queue) => match rec {
                Some(r) => processed.push(r),
                None => break,
            },
        }
    }
    println!("processed {processed:?} of 1..=6 by {} ms", start.elapsed().as_millis());
}
