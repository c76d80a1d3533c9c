use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn retry_with_backoff<T, E, F, Fut>(max_tries: u32, mut attempt: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut delays = (0u32..).map(|n| Duration::from_millis(100 << n));
    let mut tries = 0;
    loop {
        tries += 1;
        let error = match attempt().await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        if tries == max_tries {
            break Err(error);
        }
        let delay = delays.next().expect("endless delays");
        sleep(delay).await;
    }
}

/// A fake service that fails `failures` times, recording when it was called.
fn flaky(failures: u32, calls: Arc<Mutex<Vec<u128>>>, start: Instant) -> impl FnMut() -> std::future::Ready<Result<&'static str, String>> {
    let mut left = failures;
    move || {
        calls.lock().unwrap().push(start.elapsed().as_millis());
        if left > 0 {
            left -= 1;
            std::future::ready(Err(format!("failure, {left} to go")))
        } else {
            std::future::ready(Ok("ok"))
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    // Test 1: succeeds on the fourth try.
    let start = Instant::now();
    let calls = Arc::new(Mutex::new(Vec::new()));
    let result = retry_with_backoff(5, flaky(3, Arc::clone(&calls), start)).await;
    assert_eq!(result, Ok("ok"));
    assert_eq!(*calls.lock().unwrap(), [0, 100, 300, 700]);
    println!("test 1 passed: attempts at {:?} ms", calls.lock().unwrap());

    // Test 2: gives up after three tries with the last error.
    let start = Instant::now();
    let calls = Arc::new(Mutex::new(Vec::new()));
    let result = retry_with_backoff(3, flaky(10, Arc::clone(&calls), start)).await;
    assert_eq!(result, Err("failure, 7 to go".to_string()));
    assert_eq!(*calls.lock().unwrap(), [0, 100, 300]);
    assert_eq!(start.elapsed(), Duration::from_millis(300));
    println!("test 2 passed: gave up after {} ms", start.elapsed().as_millis());
}
