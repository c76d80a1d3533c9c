use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let limit = Arc::new(Semaphore::new(3));
    let mut set = JoinSet::new();
    for id in 0..8u64 {
        let permit = limit.clone().acquire_owned().await.unwrap();
        println!("spawning job {id} at {} ms", start.elapsed().as_millis());
        set.spawn(async move {
            sleep(Duration::from_millis(100 + 20 * (id % 3))).await;
            drop(permit);
            id
        });
    }
    let mut done = Vec::new();
    while let Some(r) = set.join_next().await {
        done.push(r.unwrap());
    }
    println!("{done:?} at {} ms", start.elapsed().as_millis());
}
