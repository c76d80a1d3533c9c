use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut h = tokio::spawn(async {
        sleep(Duration::from_millis(50)).await;
        println!("task finished");
        7
    });
    match timeout(Duration::from_millis(20), &mut h).await {
        Ok(r) => println!("early {r:?}"),
        Err(e) => println!(
            "timeout: {e} / {e:?} at {} ms, finished {}",
            start.elapsed().as_millis(),
            h.is_finished()
        ),
    }
    let r = timeout(Duration::from_millis(100), &mut h).await;
    println!("second: {r:?} at {} ms", start.elapsed().as_millis());

    let p = tokio::spawn(async {
        sleep(Duration::from_millis(5)).await;
        if true {
            panic!("worker failed");
        }
        0u8
    });
    match timeout(Duration::from_millis(10), p).await {
        Ok(Err(e)) => println!(
            "joined with error: panic={} cancelled={} at {} ms",
            e.is_panic(),
            e.is_cancelled(),
            start.elapsed().as_millis()
        ),
        Ok(Ok(v)) => println!("value {v}"),
        Err(_) => println!("timed out"),
    }
    let a = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
        1
    });
    a.abort();
    match timeout(Duration::from_millis(1), a).await {
        Ok(Err(e)) => println!("aborted: {e} / {e:?}"),
        other => println!("other {}", other.is_ok()),
    }
    let d = tokio::spawn(async move {
        sleep(Duration::from_millis(30)).await;
        println!("detached task still ran at {} ms", start.elapsed().as_millis());
    });
    let r = timeout(Duration::from_millis(1), d).await;
    println!("dropped handle after {:?}", r.map(|_| ()));
    sleep(Duration::from_millis(40)).await;
    let z = timeout(Duration::ZERO, async { 5 }).await;
    let z2 = timeout(Duration::ZERO, sleep(Duration::from_millis(1))).await;
    println!("zero: {z:?} {z2:?} end at {} ms", start.elapsed().as_millis());
}
