use std::cell::Cell;
use std::time::Duration;
use tokio::time::{sleep, Instant};

/// Calls `op` until it returns `Ok`, at most `tries` times (at least once), waiting 50 ms
/// between two calls; returns the last result.
async fn retry<T>(tries: u32, mut op: impl AsyncFnMut() -> Result<T, String>) -> Result<T, String> {
    let mut last = None;
    for attempt in 0..tries.max(1) {
        if attempt > 0 {
            sleep(Duration::from_millis(50)).await;
        }
        match op().await {
            Ok(value) => return Ok(value),
            Err(e) => last = Some(e),
        }
    }
    Err(last.expect("at least one call"))
}

/// A flaky service: calls 1 and 2 time out, later calls return the rate (in cents).
async fn fetch_rate(call: u32) -> Result<u32, String> {
    sleep(Duration::from_millis(10)).await;
    if call < 3 {
        Err(format!("call {call}: timeout"))
    } else {
        Ok(108)
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let calls = Cell::new(0);
    let rate = retry(5, || {
        calls.set(calls.get() + 1);
        fetch_rate(calls.get())
    })
    .await;
    println!("{rate:?} after {} calls, at {} ms", calls.get(), start.elapsed().as_millis());
}
