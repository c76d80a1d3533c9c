// fails: no large_future_on_stack
use std::time::Duration;

async fn upload(chunks: u32) -> u64 {
    let array = [7u8; 64 * 1024];
    let buffer = array.to_vec();
    let mut sent = 0u64;
    for _ in 0..chunks {
        tokio::time::sleep(Duration::from_millis(10)).await;
        sent += buffer.len() as u64;
    }
    sent + buffer[0] as u64
}

#[tokio::main]
async fn main() {
    let sent = upload(3).await;
    println!("sent {sent} bytes");
}
