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
    // Created first, then awaited together: concurrent.
    let (u, o) = (fetch_user(1), fetch_orders(1));
    let (user, orders) = tokio::join!(u, o);
    println!("{user} has {orders} orders");
}
