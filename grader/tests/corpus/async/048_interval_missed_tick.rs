use tokio::time::{interval, sleep, Duration, Instant, MissedTickBehavior};

async fn run(behavior: MissedTickBehavior) {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(100));
    ticker.set_missed_tick_behavior(behavior);
    ticker.tick().await;
    sleep(Duration::from_millis(250)).await;
    let mut times = Vec::new();
    for _ in 0..4 {
        ticker.tick().await;
        times.push(start.elapsed().as_millis());
    }
    println!("{:?}: {:?}", behavior, times);
}

#[tokio::main]
async fn main() {
    run(MissedTickBehavior::Burst).await;
    run(MissedTickBehavior::Delay).await;
    run(MissedTickBehavior::Skip).await;
}
