use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};

async fn price_of(item: &str) -> u32 {
    let (ms, price) = match item {
        "tea" => (200, 350),
        _ => (3_000, 990),
    };
    sleep(Duration::from_millis(ms)).await;
    price
}

async fn price_or_cached(item: &str, cached: u32) -> u32 {
    // TODO: wait at most 500 ms for `price_of(item)`; otherwise return `cached`.
    todo!()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let tea = price_or_cached("tea", 300).await;
    println!("tea: {tea} at {} ms", start.elapsed().as_millis());
    let cake = price_or_cached("cake", 900).await;
    println!("cake: {cake} at {} ms", start.elapsed().as_millis());
}
