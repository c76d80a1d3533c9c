use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for (name, ms) in [("c", 300), ("a", 100), ("d", 400), ("b", 200)] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            name
        });
    }
    println!("{} tasks in the set", set.len());
    while let Some(res) = set.join_next().await {
        println!("{} finished at {} ms ({} left)", res.unwrap(), start.elapsed().as_millis(), set.len());
    }
    println!("empty: {}", set.is_empty());
    let mut set = JoinSet::new();
    for i in 0..3 {
        set.spawn(async move { i * i });
    }
    let mut results = set.join_all().await;
    results.sort();
    println!("{results:?}");
}
