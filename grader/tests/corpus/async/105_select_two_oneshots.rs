use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Instant};

async fn race(a_ms: u64, b_ms: u64) -> String {
    let (tx_a, rx_a) = oneshot::channel();
    let (tx_b, rx_b) = oneshot::channel();
    tokio::spawn(async move {
        sleep(Duration::from_millis(a_ms)).await;
        let _ = tx_a.send("primary");
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(b_ms)).await;
        let _ = tx_b.send("replica");
    });
    tokio::select! {
        biased;
        v = rx_a => format!("{} (a)", v.unwrap()),
        v = rx_b => format!("{} (b)", v.unwrap()),
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{} at {} ms", race(100, 200).await, start.elapsed().as_millis());
    println!("{} at {} ms", race(300, 50).await, start.elapsed().as_millis());
    println!("{} at {} ms", race(70, 70).await, start.elapsed().as_millis());
}
