use tokio::sync::watch;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0u32);
    tokio::spawn(async move {
        for pct in [10, 35, 60, 85, 100] {
            sleep(Duration::from_millis(100)).await;
            tx.send(pct).unwrap();
        }
    });
    let v = *rx.wait_for(|p| *p >= 50).await.unwrap();
    println!("passed 50% ({v}%) at {} ms", start.elapsed().as_millis());
    let v = *rx.wait_for(|p| *p == 100).await.unwrap();
    println!("done ({v}%) at {} ms", start.elapsed().as_millis());
    println!("{:?}", rx.changed().await.is_err());
}
