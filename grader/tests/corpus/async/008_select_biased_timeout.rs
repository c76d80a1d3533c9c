use tokio::time::{sleep, Duration, Instant};

async fn compute(ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    42
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for limit in [100, 500] {
        tokio::select! {
            biased;
            v = compute(250) => println!("computed {v} at {} ms", start.elapsed().as_millis()),
            _ = sleep(Duration::from_millis(limit)) => println!("gave up after {limit} ms at {} ms", start.elapsed().as_millis()),
        }
    }
    let r = tokio::select! {
        biased;
        a = async { 1 } => a,
        b = async { 2 } => b,
    };
    println!("both ready, biased picks {r}");
}
