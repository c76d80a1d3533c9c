use std::time::Duration;
use tokio::time::sleep;

async fn try_connect(attempt: u32) -> bool {
    sleep(Duration::from_millis(50 * 2u64.pow(attempt))).await;
    attempt == 3
}

#[tokio::main]
async fn main() {
    let mut attempt = 0;
    while !try_connect(attempt).await {
        println!("attempt {attempt} failed");
        attempt += 1;
    }
    println!("connected after {} attempts", attempt + 1);
}
