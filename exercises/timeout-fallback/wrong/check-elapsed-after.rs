// fails: stdout, virtual time
// checks only: the slow answer is awaited in full and only then compared with 500 ms; no lint can know the wait should be cut short
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn price_of(item: &str) -> u32 {
    let (ms, price) = match item {
        "tea" => (200, 350),
        _ => (3_000, 990),
    };
    sleep(Duration::from_millis(ms)).await;
    price
}

async fn price_or_cached(item: &str, cached: u32) -> u32 {
    let asked = Instant::now();
    let price = price_of(item).await;
    if asked.elapsed() > Duration::from_millis(500) {
        cached
    } else {
        price
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let tea = price_or_cached("tea", 300).await;
    println!("tea: {tea} at {} ms", start.elapsed().as_millis());
    let cake = price_or_cached("cake", 900).await;
    println!("cake: {cake} at {} ms", start.elapsed().as_millis());
}
