use std::time::Duration;

async fn checksum() -> u64 {
    let buffer = vec![1u8; 65536];
    tokio::time::sleep(Duration::from_millis(10)).await;
    let small = [0u8; 64];
    tokio::time::sleep(Duration::from_millis(1)).await;
    buffer.iter().map(|&b| u64::from(b)).sum::<u64>() + small.len() as u64
}

#[tokio::main]
async fn main() {
    println!("{}", checksum().await);
}
