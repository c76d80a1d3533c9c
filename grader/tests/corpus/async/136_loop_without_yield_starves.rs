use tokio::time::{sleep, Duration, Instant};

fn busy_work(n: u64) -> u64 {
    let mut acc = 0u64;
    for i in 0..n {
        acc = acc.wrapping_mul(31).wrapping_add(i);
    }
    acc
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ticker = tokio::spawn(async move {
        for i in 0..3 {
            println!("ticker {i} at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(10)).await;
        }
    });
    println!("main starts a long computation without awaiting");
    let r = busy_work(200_000);
    println!("computation done ({r}); the ticker has not run yet");
    tokio::task::yield_now().await;
    println!("main yielded once");
    ticker.await.unwrap();
}
