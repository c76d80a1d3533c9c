use futures::future::join_all;
use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn leaf(group: u32, i: u64) -> u64 {
    sleep(Duration::from_millis(10 * i)).await;
    println!("    leaf {group}.{i}");
    i
}

async fn group(g: u32) -> (u32, u64) {
    let mut inner: FuturesUnordered<_> = (1..=3).map(|i| leaf(g, 4 - i)).collect();
    let mut total = 0;
    while let Some(i) = inner.next().await {
        total += i;
    }
    println!("  group {g} done");
    (g, total)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let out: Vec<(u32, u64)> = stream::iter(1..=3).map(group).buffer_unordered(2).collect().await;
    println!("{out:?} at {} ms", start.elapsed().as_millis());
    let sums = join_all((1..=2).map(|g| async move {
        stream::iter(1..=3u64).then(move |i| leaf(g, i)).fold(0, |a, b| async move { a + b }).await
    }))
    .await;
    println!("{sums:?} at {} ms", start.elapsed().as_millis());
}
