// `FromIterator` for `JoinSet` spawns each future in order (task ids 1, 2, 3, ...).
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn work(name: &'static str, ms: u64) -> (&'static str, u64) {
    sleep(Duration::from_millis(ms)).await;
    (name, ms)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let jobs = [("a", 30), ("b", 10), ("c", 20)];
    let mut set: JoinSet<(&str, u64)> = jobs.into_iter().map(|(n, ms)| work(n, ms)).collect();
    println!("spawned {}", set.len());
    while let Some(res) = set.join_next_with_id().await {
        let (id, (name, ms)) = res.unwrap();
        println!("{name} ({ms} ms) as task {id} at {} ms", start.elapsed().as_millis());
    }
    let mut set = (1..=3u64).map(|i| async move { i * 10 }).collect::<JoinSet<u64>>();
    let mut total = 0;
    while let Some(v) = set.join_next().await {
        total += v.unwrap();
    }
    println!("total {total}");
}
