use tokio::time::{interval_at, sleep, sleep_until, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut iv = interval_at(start + Duration::from_millis(25), Duration::from_millis(10));
    let t = iv.tick().await;
    println!(
        "first tick at {} ms (returned {} ms)",
        start.elapsed().as_millis(),
        t.duration_since(start).as_millis()
    );
    sleep_until(start + Duration::from_millis(20)).await;
    println!("past sleep_until at {} ms", start.elapsed().as_millis());
    let s = sleep_until(start + Duration::from_millis(50));
    tokio::pin!(s);
    println!("deadline {} ms", s.deadline().duration_since(start).as_millis());
    iv.tick().await;
    println!("second tick at {} ms", start.elapsed().as_millis());
    s.as_mut().reset(start + Duration::from_millis(42));
    println!("new deadline {} ms", s.deadline().duration_since(start).as_millis());
    s.as_mut().await;
    println!("reset sleep at {} ms", start.elapsed().as_millis());
    let t = iv.tick().await;
    println!(
        "third tick returned {} ms at {} ms",
        t.duration_since(start).as_millis(),
        start.elapsed().as_millis()
    );
    sleep(Duration::from_micros(1500)).await;
    println!("after 1.5ms sleep: {} us", start.elapsed().as_micros());
    sleep(Duration::ZERO).await;
    println!("elapsed {:?}", start.elapsed());
    let mut iv2 = interval_at(Instant::now() - Duration::from_millis(30), Duration::from_millis(10));
    let mut ticks = Vec::new();
    for _ in 0..5 {
        let t = iv2.tick().await;
        ticks.push(start.elapsed().as_millis() as i64 - (Instant::now() - t).as_millis() as i64);
    }
    println!("interval_at in the past: {ticks:?} at {} ms", start.elapsed().as_millis());
    let d = start + Duration::from_millis(100);
    let mut s2 = Box::pin(sleep_until(d));
    s2.as_mut().await;
    println!("sleep_until 100: {} ms, now - deadline {:?}", start.elapsed().as_millis(), Instant::now() - s2.deadline());
}
