use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn check(x: u32) -> bool {
    println!("  check {x}");
    sleep(Duration::from_millis(5)).await;
    x > 2
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let any = stream::iter(1..=5).any(check).await;
    println!("any: {any} at {} ms", start.elapsed().as_millis());
    let all = stream::iter(vec![3, 4, 1, 5]).all(check).await;
    println!("all: {all} at {} ms", start.elapsed().as_millis());
    let none = stream::iter(Vec::<u32>::new()).all(check).await;
    println!("all of nothing: {none}");
    let n = stream::iter(1..=10).filter(|x| std::future::ready(x % 3 == 0)).count().await;
    println!("count {n}");
}
