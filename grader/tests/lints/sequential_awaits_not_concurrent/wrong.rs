use std::time::Duration;

async fn fetch_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("user{id}")
}

async fn fetch_orders(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    id * 3
}

#[tokio::main]
async fn main() {
    let start = tokio::time::Instant::now();
    let user = fetch_user(1).await; //~ sequential_awaits_not_concurrent
    let orders = fetch_orders(1).await;
    println!("{user} has {orders} orders ({} ms)", start.elapsed().as_millis());
}
