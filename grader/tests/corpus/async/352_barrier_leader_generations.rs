use std::sync::Arc;
use tokio::sync::Barrier;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let b = Arc::new(Barrier::new(3));
    let mut hs = Vec::new();
    for i in 0..6u64 {
        let b = b.clone();
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10 * i)).await;
            let r = b.wait().await;
            (i, r.is_leader(), start.elapsed().as_millis())
        }));
    }
    for h in hs {
        let (i, leader, at) = h.await.unwrap();
        println!("task {i}: leader={leader} released at {at} ms");
    }
    let one = Barrier::new(1);
    let a = one.wait().await.is_leader();
    let b2 = one.wait().await.is_leader();
    println!("barrier of one: {a} {b2}");
    let zero = Barrier::new(0);
    println!("barrier of zero: {}", zero.wait().await.is_leader());
    let bar = Arc::new(Barrier::new(2));
    let c = bar.clone();
    let t = tokio::spawn(async move {
        let r = c.wait().await;
        println!("spawned side released, leader={}", r.is_leader());
    });
    tokio::task::yield_now().await;
    let r = bar.wait().await;
    println!("main released, leader={}", r.is_leader());
    t.await.unwrap();
    let r = tokio::time::timeout(Duration::from_millis(20), bar.wait()).await;
    println!("alone at a barrier of two: timed out={} at {} ms", r.is_err(), start.elapsed().as_millis());
}
