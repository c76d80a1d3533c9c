// fails: outcome, stdout, no missing_await, no warnings
use std::time::Duration;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

async fn total_price(items: &[&str]) -> u32 {
    let mut total = 0;
    for item in items {
        total += fetch_price(item).await;
    }
    total
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "scone", "jam"]);
    println!("total {total}");
}
