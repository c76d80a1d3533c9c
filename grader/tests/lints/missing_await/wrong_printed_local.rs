async fn total_price(items: &[&str]) -> usize {
    tokio::task::yield_now().await;
    items.len()
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "jam"]);
    println!("total {total}"); //~ missing_await
}
