use futures::stream::{FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn job(name: &'static str, ms: u64) -> &'static str {
    println!("  {name} first polled");
    sleep(Duration::from_millis(ms)).await;
    println!("  {name} woke");
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = FuturesUnordered::new();
    for name in ["a", "b", "c", "d"] {
        set.push(job(name, 10));
    }
    println!("pushed {}, nothing polled yet", set.len());
    while let Some(name) = set.next().await {
        println!("{name} out at {} ms, {} left", start.elapsed().as_millis(), set.len());
    }
    // Equal deadlines registered in a different order than pushed.
    let mut set = FuturesUnordered::new();
    set.push(job("late-pushed-short", 20));
    set.push(job("x", 20));
    set.push(job("y", 5));
    let first = set.next().await.unwrap();
    println!("{first} first");
    set.push(job("z", 15));
    while let Some(name) = set.next().await {
        println!("{name} out at {} ms", start.elapsed().as_millis());
    }
    println!("empty: {}", set.is_empty());
    println!("next on empty: {:?}", set.next().await);
}
