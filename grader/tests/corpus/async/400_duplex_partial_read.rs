use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(8);
    let writer = tokio::spawn(async move {
        a.write_all(b"hello world, this is long").await.unwrap();
        println!("writer done");
    });
    let mut buf = [0u8; 5];
    let n = b.read(&mut buf).await.unwrap();
    println!("read {} bytes: {:?}", n, &buf[..n]);
    let mut rest = Vec::new();
    b.read_to_end(&mut rest).await.unwrap();
    println!("rest: {}", String::from_utf8(rest).unwrap());
    writer.await.unwrap();
}
