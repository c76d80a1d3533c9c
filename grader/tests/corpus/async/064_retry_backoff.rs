use tokio::time::{sleep, Duration, Instant};

async fn flaky(attempt: u32) -> Result<&'static str, String> {
    sleep(Duration::from_millis(10)).await;
    if attempt < 4 {
        Err(format!("attempt {attempt}: connection reset"))
    } else {
        Ok("payload")
    }
}

async fn with_retry(max: u32, start: Instant) -> Result<&'static str, String> {
    let mut delay = Duration::from_millis(100);
    let mut attempt = 1;
    loop {
        match flaky(attempt).await {
            Ok(v) => return Ok(v),
            Err(e) if attempt < max => {
                println!("{e}; retrying in {:?} (t={} ms)", delay, start.elapsed().as_millis());
                sleep(delay).await;
                delay *= 2;
                attempt += 1;
            }
            Err(e) => return Err(format!("giving up: {e}")),
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{:?} at {} ms", with_retry(5, start).await, start.elapsed().as_millis());
    let start = Instant::now();
    println!("{:?} at {} ms", with_retry(2, start).await, start.elapsed().as_millis());
}
