use std::io::{Read, Write};

fn fetch() -> std::io::Result<String> {
    let mut stream = std::net::TcpStream::connect("127.0.0.1:7404")?;
    stream.write_all(b"GET\n")?;
    let mut buf = [0u8; 64];
    let n = stream.read(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf[..n]).to_string())
}

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:7404").await.unwrap();
    let reply = tokio::task::spawn_blocking(fetch);
    let (mut socket, _) = listener.accept().await.unwrap();
    let mut buf = [0u8; 4];
    tokio::io::AsyncReadExt::read_exact(&mut socket, &mut buf).await.unwrap();
    tokio::io::AsyncWriteExt::write_all(&mut socket, b"hello").await.unwrap();
    drop(socket);
    println!("{:?}", reply.await.unwrap());
}
