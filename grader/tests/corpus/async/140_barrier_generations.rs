use std::sync::Arc;
use tokio::sync::Barrier;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let barrier = Arc::new(Barrier::new(2));
    let mut handles = Vec::new();
    for id in 1..=4u64 {
        let b = barrier.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(id * 100)).await;
            let r = b.wait().await;
            (id, start.elapsed().as_millis(), r.is_leader())
        }));
    }
    let mut leaders = 0;
    for h in handles {
        let (id, at, leader) = h.await.unwrap();
        leaders += leader as u32;
        println!("worker {id} released at {at} ms");
    }
    println!("leaders: {leaders} (one per generation of 2)");
}
