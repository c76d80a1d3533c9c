use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn fetch_user(id: u32) -> String {
    sleep(Duration::from_millis(1000)).await;
    format!("user #{id}")
}

async fn fetch_orders(id: u32) -> Vec<u32> {
    sleep(Duration::from_millis(800)).await;
    vec![id * 100 + 1, id * 100 + 2]
}

async fn fetch_recommendations(id: u32) -> Vec<&'static str> {
    sleep(Duration::from_millis(1000)).await;
    if id % 2 == 1 { vec!["teapot", "kettle"] } else { vec!["mug"] }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let id = 7;
    let user = fetch_user(id);
    let orders = fetch_orders(id);
    let recs = fetch_recommendations(id);
    let dashboard = tokio::join!(user, orders, recs);
    println!("{}: orders {:?}, recommended {:?}", dashboard.0, dashboard.1, dashboard.2);
    let elapsed = start.elapsed();
    println!("loaded in {:?} ms", elapsed.as_millis());
}
