use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let durations = [30u64, 10, 20, 10, 5, 40];
    let out: Vec<usize> = stream::iter(durations.iter().copied().enumerate())
        .map(|(i, ms)| {
            println!("create {i} at {} ms", start.elapsed().as_millis());
            async move {
                println!("  start {i}");
                sleep(Duration::from_millis(ms)).await;
                println!("  end {i} at {} ms", start.elapsed().as_millis());
                i
            }
        })
        .buffer_unordered(2)
        .collect()
        .await;
    println!("{out:?}");
    // Equal durations: outputs in admission order.
    let start = Instant::now();
    let mut s = stream::iter(1..=5).map(|i| async move {
        sleep(Duration::from_millis(10)).await;
        i
    }).buffer_unordered(3);
    while let Some(i) = s.next().await {
        println!("{i} at {} ms", start.elapsed().as_millis());
    }
}
