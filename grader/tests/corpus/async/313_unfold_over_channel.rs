use futures::stream::{self, StreamExt};
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel::<u32>(2);
    tokio::spawn(async move {
        for i in 1..=7 {
            sleep(Duration::from_millis(10)).await;
            if tx.send(i).await.is_err() {
                break;
            }
        }
    });
    let items = stream::unfold(rx, |mut rx| async move {
        let v = rx.recv().await?;
        Some((v, rx))
    });
    let mut chunks = Box::pin(items.chunks(3));
    while let Some(chunk) = chunks.next().await {
        println!("{chunk:?} at {} ms", start.elapsed().as_millis());
    }
    let labels = stream::iter(["x", "y", "z"]);
    let nums = stream::unfold(0u32, |n| async move {
        sleep(Duration::from_millis(3)).await;
        Some((n, n + 1))
    });
    let pairs: Vec<(&str, u32)> = labels.zip(nums).collect().await;
    println!("{pairs:?} at {} ms", start.elapsed().as_millis());
}
