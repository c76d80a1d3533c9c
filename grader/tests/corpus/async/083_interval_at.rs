use tokio::time::{interval_at, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut every = interval_at(start + Duration::from_millis(500), Duration::from_millis(200));
    for i in 0..4 {
        let t = every.tick().await;
        println!("tick {i} at {} ms (scheduled {} ms)", start.elapsed().as_millis(), (t - start).as_millis());
    }
    every.reset();
    let t = every.tick().await;
    println!("after reset: tick at {} ms (scheduled {} ms)", start.elapsed().as_millis(), (t - start).as_millis());
}
