use std::time::Duration;
use tokio::time::{sleep, Instant};

/// Calls `op` until it returns `Ok`, at most `tries` times (at least once), waiting 50 ms
/// between two calls; returns the last result.
async fn retry<T>(tries: u32, mut op: impl AsyncFnMut() -> Result<T, String>) -> Result<T, String> {
    let mut result = op().await;
    for _ in 1..tries {
        if result.is_ok() {
            break;
        }
        sleep(Duration::from_millis(50)).await;
        result = op().await;
    }
    result
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
    let mut calls = 0;
    let rate = retry(5, async || {
        calls += 1;
        fetch_rate(calls).await
    })
    .await;
    println!("{rate:?} after {calls} calls, at {} ms", start.elapsed().as_millis());
}
