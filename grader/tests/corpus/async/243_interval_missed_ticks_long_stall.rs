use tokio::time::{interval, interval_at, sleep, Duration, Instant, MissedTickBehavior};

async fn run(behavior: MissedTickBehavior, stall: u64) {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(100));
    ticker.set_missed_tick_behavior(behavior);
    println!("{:?} behavior set: {:?}", behavior, ticker.missed_tick_behavior());
    ticker.tick().await;
    sleep(Duration::from_millis(stall)).await;
    let mut seen = Vec::new();
    for _ in 0..5 {
        let t = ticker.tick().await;
        seen.push(((t - start).as_millis(), start.elapsed().as_millis()));
    }
    println!("{:?} after {stall} ms: {:?}", behavior, seen);
}

#[tokio::main]
async fn main() {
    for stall in [1050, 304, 306] {
        run(MissedTickBehavior::Burst, stall).await;
        run(MissedTickBehavior::Delay, stall).await;
        run(MissedTickBehavior::Skip, stall).await;
    }
    let start = Instant::now();
    let mut late = interval_at(start + Duration::from_millis(250), Duration::from_millis(60));
    late.set_missed_tick_behavior(MissedTickBehavior::Skip);
    sleep(Duration::from_millis(500)).await;
    for _ in 0..3 {
        let t = late.tick().await;
        println!("late start: scheduled {} ms, now {} ms", (t - start).as_millis(), start.elapsed().as_millis());
    }
    let mut fine = interval(Duration::from_micros(2500));
    for _ in 0..4 {
        let t = fine.tick().await;
        println!("fine: scheduled {:?}, now {:?}", t - start, start.elapsed());
    }
}
