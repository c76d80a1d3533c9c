use std::time::Duration;
use tokio::time::sleep;

async fn fetch_user(id: u32) -> String {
    sleep(Duration::from_millis(100)).await;
    format!("user{id}")
}

async fn fetch_orders(id: u32) -> u32 {
    sleep(Duration::from_millis(100)).await;
    id * 3
}

#[tokio::main]
async fn main() {
    let user = tokio::spawn(fetch_user(1)).await.unwrap(); //~ sequential_awaits_not_concurrent
    let orders = tokio::spawn(fetch_orders(1)).await.unwrap();
    println!("{user} has {orders} orders");
}
