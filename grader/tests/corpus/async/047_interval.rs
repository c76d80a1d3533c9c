use tokio::time::{interval, sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(100));
    for i in 0..4 {
        ticker.tick().await;
        println!("tick {i} at {} ms", start.elapsed().as_millis());
    }
    sleep(Duration::from_millis(350)).await;
    println!("slept until {} ms", start.elapsed().as_millis());
    for i in 4..8 {
        ticker.tick().await;
        println!("tick {i} at {} ms", start.elapsed().as_millis());
    }
    println!("period {:?}", ticker.period());
}
