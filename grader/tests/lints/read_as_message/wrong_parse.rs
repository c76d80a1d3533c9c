use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut client, mut server) = tokio::io::duplex(64);
    client.write_all(b"12\n").await.unwrap();
    client.write_all(b"30\n").await.unwrap();
    let mut buf = vec![0u8; 64];
    let n = server.read(&mut buf).await.unwrap(); //~ read_as_message
    let number: Result<u32, _> = std::str::from_utf8(&buf[..n]).unwrap().trim_end().parse();
    println!("{number:?}");
}
