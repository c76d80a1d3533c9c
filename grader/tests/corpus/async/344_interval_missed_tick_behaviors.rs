use tokio::time::{interval, sleep, Duration, Instant, MissedTickBehavior};

async fn run(name: &str, b: MissedTickBehavior) {
    let start = Instant::now();
    let mut iv = interval(Duration::from_millis(10));
    iv.set_missed_tick_behavior(b);
    let mut seen = Vec::new();
    for i in 0..7 {
        let t = iv.tick().await;
        seen.push(format!(
            "{}/{}",
            t.duration_since(start).as_millis(),
            start.elapsed().as_millis()
        ));
        if i == 1 {
            sleep(Duration::from_millis(35)).await;
        }
        if i == 4 {
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
    }
    println!("{name}: {seen:?}, end {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    run("burst", MissedTickBehavior::Burst).await;
    run("delay", MissedTickBehavior::Delay).await;
    run("skip", MissedTickBehavior::Skip).await;
    let iv = interval(Duration::from_millis(10));
    println!(
        "default {:?}, period {:?}",
        iv.missed_tick_behavior(),
        iv.period()
    );
    let start = Instant::now();
    let mut iv = interval(Duration::from_millis(7));
    iv.set_missed_tick_behavior(MissedTickBehavior::Skip);
    iv.tick().await;
    sleep(Duration::from_millis(16)).await;
    let t = iv.tick().await;
    println!("skip after 16 ms: tick {} at {}", t.duration_since(start).as_millis(), start.elapsed().as_millis());
    let t = iv.tick().await;
    println!("next {} at {}", t.duration_since(start).as_millis(), start.elapsed().as_millis());
}
