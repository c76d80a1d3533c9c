use tokio::time::{interval, sleep, Duration, Instant};

async fn work() {
    sleep(Duration::from_millis(30)).await;
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut times = Vec::new();
    for _ in 0..4 {
        work().await;
        sleep(Duration::from_millis(100)).await;
        times.push(start.elapsed().as_millis());
    }
    println!("sleep after work drifts:   {times:?}");
    let start = Instant::now();
    let mut tick = interval(Duration::from_millis(100));
    let mut times = Vec::new();
    for _ in 0..4 {
        tick.tick().await;
        work().await;
        times.push(start.elapsed().as_millis());
    }
    println!("interval keeps the rhythm: {times:?}");
}
