use tokio::sync::watch;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0u32);
    let reader = tokio::spawn(async move {
        let mut seen = Vec::new();
        while rx.changed().await.is_ok() {
            let v = *rx.borrow_and_update();
            println!("reader saw {v} at {} ms", start.elapsed().as_millis());
            seen.push(v);
            sleep(Duration::from_millis(150)).await;
        }
        seen
    });
    for i in 1..=6 {
        sleep(Duration::from_millis(50)).await;
        tx.send(i).unwrap();
    }
    sleep(Duration::from_millis(200)).await;
    drop(tx);
    let seen = reader.await.unwrap();
    println!("reader saw {} of 6 updates: {:?}", seen.len(), seen);
}
