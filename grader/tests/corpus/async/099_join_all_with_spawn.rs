use futures::future::join_all;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handles: Vec<_> = (1..=4u64)
        .map(|i| {
            tokio::spawn(async move {
                sleep(Duration::from_millis(400 - i * 100)).await;
                if i == 3 {
                    panic!("worker {i} failed");
                }
                i * 11
            })
        })
        .collect();
    let results = join_all(handles).await;
    for (i, r) in results.iter().enumerate() {
        match r {
            Ok(v) => println!("worker {} -> {v}", i + 1),
            Err(e) => println!("worker {} -> error: {}", i + 1, if e.is_panic() { "panicked" } else { "cancelled" }),
        }
    }
    println!("at {} ms", start.elapsed().as_millis());
}
