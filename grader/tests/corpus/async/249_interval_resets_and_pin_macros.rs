use tokio::time::{interval, sleep, Duration, Instant};

async fn after(ms: u64, what: &'static str) -> &'static str {
    sleep(Duration::from_millis(ms)).await;
    what
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut every = interval(Duration::from_millis(100));
    every.tick().await;
    every.reset_after(Duration::from_millis(30));
    let t = every.tick().await;
    println!("reset_after: scheduled {} ms, now {} ms", (t - start).as_millis(), start.elapsed().as_millis());
    every.reset_immediately();
    let t = every.tick().await;
    println!("reset_immediately: scheduled {} ms, now {} ms", (t - start).as_millis(), start.elapsed().as_millis());
    every.reset_at(start + Duration::from_millis(500));
    let t = every.tick().await;
    println!("reset_at: scheduled {} ms, now {} ms", (t - start).as_millis(), start.elapsed().as_millis());
    let t = every.tick().await;
    println!("then: scheduled {} ms", (t - start).as_millis());
    let a = after(50, "a");
    let b = after(20, "b");
    tokio::pin!(a, b);
    let mut got = Vec::new();
    while got.len() < 2 {
        tokio::select! {
            biased;
            v = &mut a, if !got.contains(&"a") => got.push(v),
            v = &mut b, if !got.contains(&"b") => got.push(v),
        }
    }
    println!("{got:?} at {} ms", start.elapsed().as_millis());
    let c = after(10, "c");
    futures::pin_mut!(c);
    let v = tokio::select! {
        biased;
        v = c.as_mut() => v,
        _ = sleep(Duration::from_millis(100)) => "timer",
    };
    println!("{v} at {} ms", start.elapsed().as_millis());
}
