// fails: no warnings, stdout, virtual time
use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

/// Warms up by 3 degrees every 200 ms from 18 degrees.
fn thermometer(since: Instant) -> u32 {
    18 + 3 * (since.elapsed().as_millis() as u32 / 200)
}

async fn wait_until_warm(target: u32) -> Option<u32> {
    let start = Instant::now();
    let mut every = interval(Duration::from_millis(200));
    loop {
        tokio::select! {
            _ = sleep(Duration::from_secs(1)) => return None,
            _ = every.tick() => {
                let reading = thermometer(start);
                if reading >= target {
                    return Some(reading);
                }
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let warm = wait_until_warm(30).await;
    println!("{warm:?} at {} ms", start.elapsed().as_millis());
    let hot = wait_until_warm(40).await;
    println!("{hot:?} at {} ms", start.elapsed().as_millis());
}
