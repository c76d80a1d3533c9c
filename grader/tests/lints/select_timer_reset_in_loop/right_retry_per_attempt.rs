// Each attempt races a fresh timeout on purpose: a timed-out attempt goes on to the
// next one, and the attempt that finishes ends the loop.
use std::time::Duration;
use tokio::time::sleep;

const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(250);

async fn do_job(ms: u64, attempt: u32) -> u32 {
    sleep(Duration::from_millis(ms / attempt as u64)).await;
    attempt
}

async fn with_retries(name: &str, ms: u64) -> Option<u32> {
    let mut backoff = Duration::from_millis(100);
    for attempt in 1..=3 {
        tokio::select! {
            r = do_job(ms, attempt) => {
                println!("{name}: attempt {r} finished");
                return Some(r);
            }
            _ = sleep(ATTEMPT_TIMEOUT) => {
                println!("{name}: attempt {attempt} timed out");
                sleep(backoff).await;
                backoff *= 2;
            }
        }
    }
    None
}

#[tokio::main]
async fn main() {
    for (name, ms) in [("a", 100), ("b", 50), ("c", 200), ("d", 120)] {
        println!("{name}: {:?}", with_retries(name, ms).await);
    }
    // The same inline, breaking out of the loop when an attempt finishes.
    for ms in [80, 90, 100] {
        for attempt in 1..=3 {
            tokio::select! {
                r = do_job(ms, attempt) => {
                    println!("inline: attempt {r} finished");
                    break;
                }
                _ = sleep(ATTEMPT_TIMEOUT) => println!("inline: attempt {attempt} timed out"),
            }
        }
    }
}
