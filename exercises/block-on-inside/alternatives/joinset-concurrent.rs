use std::time::Duration;
use tokio::task::JoinSet;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

async fn total_price(items: &[&'static str]) -> u32 {
    let mut set = JoinSet::new();
    for &item in items {
        set.spawn(fetch_price(item));
    }
    let mut total = 0;
    while let Some(price) = set.join_next().await {
        total += price.unwrap();
    }
    total
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "scone", "jam"]).await;
    println!("total {total}");
}
