use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut s = stream::iter(vec![50u64, 10, 30, 20, 10])
        .enumerate()
        .map(|(i, ms)| async move {
            println!("  start {i}");
            sleep(Duration::from_millis(ms)).await;
            println!("  finished {i} at {} ms", start.elapsed().as_millis());
            (i, ms)
        })
        .buffered(3);
    while let Some((i, ms)) = s.next().await {
        println!("out {i} ({ms} ms) at {} ms", start.elapsed().as_millis());
    }
    let v: Vec<u64> = stream::iter(1..=4u64)
        .then(|x| async move {
            sleep(Duration::from_millis(5 * x)).await;
            x * 10
        })
        .collect()
        .await;
    println!("{v:?} at {} ms", start.elapsed().as_millis());
}
