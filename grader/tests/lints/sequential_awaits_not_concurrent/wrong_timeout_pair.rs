use std::time::Duration;
use tokio::time::{sleep, timeout};

async fn fetch(name: &str) -> String {
    sleep(Duration::from_millis(100)).await;
    format!("{name} ok")
}

#[tokio::main]
async fn main() {
    let a = timeout(Duration::from_secs(1), fetch("a")).await.unwrap(); //~ sequential_awaits_not_concurrent
    let b = timeout(Duration::from_secs(1), fetch("b")).await.unwrap();
    println!("{a}, {b}");
}
