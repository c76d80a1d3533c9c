use futures::future::join_all;
use std::time::Duration;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

async fn total_price(items: &[&str]) -> u32 {
    let prices: Vec<u32> = join_all(items.iter().map(|item| fetch_price(item))).await;
    prices.into_iter().sum()
}

#[tokio::main]
async fn main() {
    println!("total {}", total_price(&["tea", "scone", "jam"]).await);
}
