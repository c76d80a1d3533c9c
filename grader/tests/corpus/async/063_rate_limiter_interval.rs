use tokio::time::{interval, Duration, Instant};

async fn call_api(n: u32) -> u32 {
    n * 2
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut limiter = interval(Duration::from_millis(250));
    let mut results = Vec::new();
    for n in 1..=5 {
        limiter.tick().await;
        let r = call_api(n).await;
        println!("request {n} at {} ms -> {r}", start.elapsed().as_millis());
        results.push(r);
    }
    println!("{results:?} in {} ms", start.elapsed().as_millis());
}
