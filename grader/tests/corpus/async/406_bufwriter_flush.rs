use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};

#[tokio::main]
async fn main() {
    let (a, mut b) = tokio::io::duplex(64);
    let mut w = BufWriter::new(a);
    w.write_all(b"buffered ").await.unwrap();
    w.write_all(b"bytes").await.unwrap();
    let mut buf = [0u8; 32];
    let waited = tokio::time::timeout(std::time::Duration::from_millis(10), b.read(&mut buf)).await;
    println!("before flush: {}", if waited.is_err() { "nothing arrived" } else { "data" });
    w.flush().await.unwrap();
    let n = b.read(&mut buf).await.unwrap();
    println!("after flush: {:?}", String::from_utf8_lossy(&buf[..n]));
    w.write_all(b"tail").await.unwrap();
    w.shutdown().await.unwrap();
    let mut rest = String::new();
    b.read_to_string(&mut rest).await.unwrap();
    println!("after shutdown: {rest:?}");
}
