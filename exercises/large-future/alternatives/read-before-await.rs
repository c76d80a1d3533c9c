use std::time::Duration;

async fn upload(chunks: u32) -> u64 {
    // Only the length and the first byte are needed after the awaits.
    let (len, first) = {
        let buffer = [7u8; 64 * 1024];
        (buffer.len() as u64, buffer[0] as u64)
    };
    let mut sent = 0u64;
    for _ in 0..chunks {
        tokio::time::sleep(Duration::from_millis(10)).await;
        sent += len;
    }
    sent + first
}

#[tokio::main]
async fn main() {
    let sent = upload(3).await;
    println!("sent {sent} bytes");
}
