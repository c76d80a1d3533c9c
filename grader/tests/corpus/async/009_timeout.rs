use tokio::time::{sleep, timeout, Duration, Instant};

async fn slow_query(ms: u64) -> &'static str {
    sleep(Duration::from_millis(ms)).await;
    "rows"
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    match timeout(Duration::from_millis(200), slow_query(100)).await {
        Ok(v) => println!("ok {v} at {} ms", start.elapsed().as_millis()),
        Err(e) => println!("timeout: {e}"),
    }
    match timeout(Duration::from_millis(200), slow_query(1000)).await {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("error: {e} / {e:?} at {} ms", start.elapsed().as_millis()),
    }
    let r = timeout(Duration::from_millis(0), async { 5 }).await;
    println!("zero timeout on a ready future: {r:?}");
    let r = timeout(Duration::from_millis(50), sleep(Duration::from_millis(50))).await;
    println!("equal deadline: {:?} at {} ms", r.is_ok(), start.elapsed().as_millis());
}
