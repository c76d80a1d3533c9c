use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(64);
    a.write_all(b"12345").await.unwrap();
    let mut four = [0u8; 4];
    b.read_exact(&mut four).await.unwrap();
    println!("first four: {:?}", four);
    drop(a);
    let mut more = [0u8; 4];
    match b.read_exact(&mut more).await {
        Ok(n) => println!("read {n}"),
        Err(e) => {
            println!("error: {e}");
            println!("debug: {e:?}");
            println!("kind: {:?}", e.kind());
        }
    }
    let n = b.read(&mut more).await.unwrap();
    println!("after eof: {n}");
}
