use std::time::Duration;

const CHUNK: usize = 64 * 1024;

async fn upload(chunks: u32) -> u64 {
    let buffer: Box<[u8]> = std::iter::repeat(7u8).take(CHUNK).collect();
    let mut sent = 0u64;
    for _ in 0..chunks {
        tokio::time::sleep(Duration::from_millis(10)).await;
        sent += buffer.len() as u64;
    }
    sent + u64::from(buffer[0])
}

#[tokio::main]
async fn main() {
    let sent = upload(3).await;
    println!("sent {sent} bytes");
}
