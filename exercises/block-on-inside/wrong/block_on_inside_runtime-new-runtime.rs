// fails: outcome, stdout, no block_on_inside_runtime, no warnings
use std::time::Duration;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

// A runtime of its own does not help: it is still started on the runtime's thread.
fn total_price(items: &[&str]) -> u32 {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    items.iter().map(|item| rt.block_on(fetch_price(item))).sum()
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "scone", "jam"]);
    println!("total {total}");
}
