use std::error::Error;
use tokio::time::{sleep, Duration};

async fn brew(seconds: u64) -> &'static str {
    sleep(Duration::from_secs(seconds)).await;
    "tea"
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let drink = brew(3).await;
    println!("your {} is ready", drink);
    Ok(())
}
