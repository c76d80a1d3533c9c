use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let pages = stream::unfold(1u32, |page| async move {
        if page > 4 {
            return None;
        }
        sleep(Duration::from_millis(50)).await;
        let items: Vec<u32> = (0..3).map(|i| page * 10 + i).collect();
        Some((items, page + 1))
    });
    let mut pages = Box::pin(pages);
    while let Some(items) = pages.next().await {
        println!("page at {} ms: {items:?}", start.elapsed().as_millis());
    }
    let total: u32 = stream::unfold(0u32, |n| async move { if n < 5 { Some((n, n + 1)) } else { None } })
        .filter(|n| std::future::ready(n % 2 == 0))
        .fold(0, |acc, n| async move { acc + n })
        .await;
    println!("sum of evens below 5: {total}");
    let chunks: Vec<Vec<i32>> = stream::iter(1..=7).chunks(3).collect().await;
    println!("{chunks:?}");
    let zipped: Vec<(i32, char)> = stream::iter(1..=3).zip(stream::iter(['a', 'b'])).collect().await;
    println!("{zipped:?}");
}
