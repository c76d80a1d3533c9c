// fails: stdout, virtual time, no sequential_awaits_not_concurrent, no warnings
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
    // Each task is awaited right after it is spawned, so the next one starts only then.
    let user = tokio::spawn(fetch_user(7)).await.unwrap();
    let orders = tokio::spawn(fetch_orders(7)).await.unwrap();
    let recs = tokio::spawn(fetch_recommendations(7)).await.unwrap();
    println!("{user}: orders {orders:?}, recommended {recs:?}");
    println!("loaded in {} ms", start.elapsed().as_millis());
}
