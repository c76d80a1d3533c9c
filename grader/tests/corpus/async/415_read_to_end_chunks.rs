use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(6);
    let w = tokio::spawn(async move {
        for i in 0..4u8 {
            let chunk = vec![b'a' + i; 5];
            a.write_all(&chunk).await.unwrap();
            println!("chunk {i} written");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    let mut all = Vec::new();
    let n = b.read_to_end(&mut all).await.unwrap();
    println!("{n} bytes: {}", String::from_utf8(all).unwrap());
    w.await.unwrap();
}
