use tokio::sync::watch;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut rx = stop_rx.clone();
    let server = tokio::spawn(async move {
        let mut served = 0;
        while !*rx.borrow() {
            tokio::select! {
                biased;
                _ = rx.changed() => {}
                _ = sleep(Duration::from_millis(40)) => {
                    served += 1;
                }
            }
        }
        println!("server stopping at {} ms after {served} requests", start.elapsed().as_millis());
        served
    });
    sleep(Duration::from_millis(130)).await;
    stop_tx.send(true).unwrap();
    println!("stop signal sent at {} ms", start.elapsed().as_millis());
    println!("served {}", server.await.unwrap());
    println!("receivers left: {}", stop_tx.receiver_count());
    drop(stop_rx);
    println!("receivers left: {}", stop_tx.receiver_count());
}
