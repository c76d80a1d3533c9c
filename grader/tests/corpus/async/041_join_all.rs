use futures::future::join_all;
use tokio::time::{sleep, Duration, Instant};

async fn ping(host: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    println!("{host} answered");
    format!("{host}={ms}ms")
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let hosts = [("alpha", 300), ("beta", 100), ("gamma", 200)];
    let futures = hosts.iter().map(|(h, ms)| ping(h, *ms));
    let results = join_all(futures).await;
    println!("{results:?}");
    println!("took {} ms", start.elapsed().as_millis());
    let empty: Vec<std::future::Ready<i32>> = Vec::new();
    println!("{:?}", join_all(empty).await);
}
