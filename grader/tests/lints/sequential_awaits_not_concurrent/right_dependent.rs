use std::time::Duration;

async fn fetch_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("user{id}")
}

async fn fetch_orders(user: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(100)).await;
    user.len()
}

#[tokio::main]
async fn main() {
    // The second call needs the first one's result: sequential is right.
    let user = fetch_user(1).await;
    let orders = fetch_orders(&user).await;
    println!("{user} has {orders} orders");
}
