use tokio::time::{interval, sleep, timeout, Duration, Instant};

async fn step(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b) = tokio::join!(step(30), step(20));
    println!("join {a} {b}: {:?}", start.elapsed());
    let r = timeout(Duration::from_millis(15), step(40)).await;
    println!("timeout {}: {:?}", r.is_err(), start.elapsed());
    let mut iv = interval(Duration::from_millis(25));
    iv.tick().await;
    iv.tick().await;
    println!("two ticks: {} ms", start.elapsed().as_millis());
    std::thread::sleep(std::time::Duration::from_millis(50));
    println!("after thread::sleep: {} ms", start.elapsed().as_millis());
    tokio::task::yield_now().await;
    let v = tokio::select! {
        biased;
        v = step(7) => v,
        v = step(3) => v,
    };
    println!("select {v}: {} ms", start.elapsed().as_millis());
    sleep(Duration::from_micros(2500)).await;
    println!("2.5 ms sleep: {:?} / {} us", start.elapsed(), start.elapsed().as_micros());
    sleep(Duration::from_nanos(1)).await;
    println!("1 ns sleep: {:?}", start.elapsed());
    sleep(Duration::from_secs(2)).await;
    let e = start.elapsed();
    println!("{:?} {:.2?} {} s {:.3} secs", e, e, e.as_secs(), e.as_secs_f64());
    let later = Instant::now();
    println!("start - later saturating {:?}", start.saturating_duration_since(later));
    println!("checked {:?}", start.checked_duration_since(later));
    println!("later - start {:?}", later - start);
    let h = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        start.elapsed().as_millis()
    });
    sleep(Duration::from_millis(40)).await;
    println!("task saw {} ms; main at {} ms", h.await.unwrap(), start.elapsed().as_millis());
    tokio::time::advance(Duration::from_millis(500)).await;
    println!("after advance: {} ms", start.elapsed().as_millis());
    let deadline = Instant::now() + Duration::from_millis(12);
    let r = tokio::time::timeout_at(deadline, step(20)).await;
    println!("timeout_at {:?}: {} ms", r.is_err(), start.elapsed().as_millis());
}
