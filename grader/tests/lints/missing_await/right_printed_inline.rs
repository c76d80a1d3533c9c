use std::time::Duration;

async fn total_price(items: &[&str]) -> u32 {
    let mut total = 0;
    for item in items {
        tokio::time::sleep(Duration::from_millis(10)).await;
        total += item.len() as u32;
    }
    total
}

#[tokio::main]
async fn main() {
    let total = total_price(&["tea", "jam"]);
    let total = total.await;
    println!("total {total}");
}
