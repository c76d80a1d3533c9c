use std::time::Duration;
use tokio::runtime::Handle;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

// TODO: this blocks a thread that is already driving the runtime.
fn total_price(items: &[&str]) -> u32 {
    items.iter().map(|item| Handle::current().block_on(fetch_price(item))).sum()
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "scone", "jam"]);
    println!("total {total}");
}
