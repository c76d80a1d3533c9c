use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, b) = tokio::io::duplex(16);
    a.write_all(b"first").await.unwrap();
    drop(b);
    match a.write(b"second").await {
        Ok(n) => println!("wrote {n}"),
        Err(e) => println!("write failed: {e} ({:?})", e.kind()),
    }
    let mut buf = [0u8; 8];
    let n = a.read(&mut buf).await.unwrap();
    println!("read after peer dropped: {n}");
}
