use std::time::Duration;
use tokio::runtime::Handle;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

fn total_price(handle: Handle, items: &[&str]) -> u32 {
    items.iter().map(|item| handle.block_on(fetch_price(item))).sum()
}

#[tokio::main]
async fn main() {
    // On a blocking thread, `Handle::block_on` is how sync code waits for async work.
    let handle = Handle::current();
    let total = tokio::task::spawn_blocking(move || total_price(handle, &["tea", "scone", "jam"])).await.unwrap();
    println!("total {total}");
}
