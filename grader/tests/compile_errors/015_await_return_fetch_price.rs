use std::time::Duration;

async fn fetch_price(item: &str) -> f64 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    item.len() as f64 * 1.5
}

async fn twice() -> f64 {
    fetch_price("apple")
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
