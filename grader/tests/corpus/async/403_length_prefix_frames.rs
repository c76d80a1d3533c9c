use tokio::io::{AsyncReadExt, AsyncWriteExt};

// Frames with a 4-byte big-endian length prefix.
#[tokio::main]
async fn main() {
    let (mut tx, mut rx) = tokio::io::duplex(16);
    let sender = tokio::spawn(async move {
        for msg in ["hi", "a longer message than the buffer", ""] {
            tx.write_u32(msg.len() as u32).await.unwrap();
            tx.write_all(msg.as_bytes()).await.unwrap();
            println!("sent frame of {} bytes", msg.len());
        }
        tx.write_u8(255).await.unwrap();
    });
    for _ in 0..3 {
        let len = rx.read_u32().await.unwrap();
        let mut body = vec![0u8; len as usize];
        rx.read_exact(&mut body).await.unwrap();
        println!("frame {len}: {:?}", String::from_utf8(body).unwrap());
    }
    let end = rx.read_u8().await.unwrap();
    println!("end marker {end}");
    match rx.read_u8().await {
        Ok(b) => println!("unexpected {b}"),
        Err(e) => println!("then: {e}"),
    }
    sender.await.unwrap();
}
