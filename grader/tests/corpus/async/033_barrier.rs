use std::sync::Arc;
use tokio::sync::Barrier;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let barrier = Arc::new(Barrier::new(3));
    let mut handles = Vec::new();
    for id in 1..=3u64 {
        let b = barrier.clone();
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(id * 100)).await;
            println!("worker {id} reached the barrier at {} ms", start.elapsed().as_millis());
            let res = b.wait().await;
            (id, start.elapsed().as_millis(), res.is_leader())
        }));
    }
    // Waiters wake in a random order (a barrier is built on tokio's watch
    // channel), so report after joining, in spawn order.
    let mut leaders = 0;
    for h in handles {
        let (id, ms, leader) = h.await.unwrap();
        println!("worker {id} passed at {ms} ms");
        if leader {
            leaders += 1;
        }
    }
    println!("exactly one leader: {}", leaders == 1);
}
