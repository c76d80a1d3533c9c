use std::time::Duration;

async fn checksum() -> u64 {
    let buffer = [1u8; 65536]; //~ large_future_on_stack
    tokio::time::sleep(Duration::from_millis(10)).await;
    buffer.iter().map(|&b| u64::from(b)).sum()
}

#[tokio::main]
async fn main() {
    println!("{}", checksum().await);
}
