use tokio::time::{sleep, timeout, Duration, Instant};

async fn fetch_remote(latency_ms: u64) -> Result<String, String> {
    sleep(Duration::from_millis(latency_ms)).await;
    if latency_ms > 1000 {
        Err("connection reset".into())
    } else {
        Ok(format!("fresh data ({latency_ms} ms)"))
    }
}

async fn get(latency_ms: u64) -> String {
    match timeout(Duration::from_millis(300), fetch_remote(latency_ms)).await {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => format!("cached data (remote error: {e})"),
        Err(_) => "cached data (remote too slow)".to_string(),
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for latency in [120, 450, 80] {
        let v = get(latency).await;
        println!("{:>4} ms: {v}", start.elapsed().as_millis());
    }
}
