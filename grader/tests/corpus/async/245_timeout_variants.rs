use tokio::time::{sleep, timeout, timeout_at, Duration, Instant};

async fn work(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let r = timeout_at(start + Duration::from_millis(50), work(20)).await;
    println!("timeout_at ok: {r:?} at {} ms", start.elapsed().as_millis());
    let r = timeout_at(start + Duration::from_millis(50), work(200)).await;
    println!("timeout_at late: {r:?} at {} ms", start.elapsed().as_millis());
    let r = timeout(Duration::from_millis(100), timeout(Duration::from_millis(30), work(60))).await;
    println!("nested: {r:?} at {} ms", start.elapsed().as_millis());
    let r = timeout(Duration::from_millis(30), timeout(Duration::from_millis(100), work(60))).await;
    println!("nested outer first: {r:?} at {} ms", start.elapsed().as_millis());
    let mut fut = Box::pin(work(100));
    let mut tries = 0;
    let v = loop {
        tries += 1;
        match timeout(Duration::from_millis(30), &mut fut).await {
            Ok(v) => break v,
            Err(e) => println!("try {tries}: {e} at {} ms", start.elapsed().as_millis()),
        }
    };
    println!("kept polling the same future: {v} after {tries} tries at {} ms", start.elapsed().as_millis());
    let h = tokio::spawn(work(40));
    let r = timeout(Duration::from_millis(10), h).await;
    println!("join handle timed out: {}", r.is_err());
    let err = timeout(Duration::ZERO, work(1)).await.unwrap_err();
    println!("{err} / {err:?} / {}", err.to_string().len());
    let r: Result<Result<u64, String>, _> = timeout(Duration::from_millis(5), async { Err("inner".to_string()) }).await;
    println!("{r:?}");
}
