use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let mut empty = tokio::io::empty();
    let mut buf = [0u8; 4];
    println!("empty read: {}", empty.read(&mut buf).await.unwrap());
    let mut s = String::new();
    println!("empty to string: {} {:?}", empty.read_to_string(&mut s).await.unwrap(), s);
    let mut sink = tokio::io::sink();
    println!("sink write: {}", sink.write(b"discarded").await.unwrap());
    sink.write_all(b"more").await.unwrap();
    sink.flush().await.unwrap();
    let (mut a, mut b) = tokio::io::duplex(4);
    a.write_all(b"abcd").await.unwrap();
    drop(a);
    let n = tokio::io::copy(&mut b, &mut sink).await.unwrap();
    println!("copied into sink: {n}");
    let n = tokio::io::copy(&mut tokio::io::empty(), &mut sink).await.unwrap();
    println!("copied from empty: {n}");
}
