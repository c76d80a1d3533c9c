use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(3));
    let held = sem.clone().acquire_many_owned(2).await.unwrap();
    let big = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let _p = sem.acquire_many(3).await.unwrap();
            println!("big (3 permits) got in at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(50)).await;
        })
    };
    tokio::task::yield_now().await;
    let small = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let _p = sem.acquire().await.unwrap();
            println!("small (1 permit) got in at {} ms", start.elapsed().as_millis());
        })
    };
    sleep(Duration::from_millis(100)).await;
    println!("available while big waits: {}", sem.available_permits());
    drop(held);
    big.await.unwrap();
    small.await.unwrap();
    println!("end at {} ms, available {}", start.elapsed().as_millis(), sem.available_permits());
}
