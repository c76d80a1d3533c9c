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
    tokio::select! {
        price = price_of(item) => price,
        _ = sleep(Duration::from_millis(500)) => cached,
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
