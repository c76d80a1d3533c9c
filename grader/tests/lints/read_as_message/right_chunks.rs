use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut client, mut server) = tokio::io::duplex(64);
    client.write_all(b"some bytes").await.unwrap();
    drop(client);
    let mut buf = [0u8; 4];
    let mut all = String::new();
    loop {
        let n = server.read(&mut buf).await.unwrap();
        if n == 0 {
            break;
        }
        println!("chunk {:?}", String::from_utf8_lossy(&buf[..n]));
        all.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    println!("{}", all.trim());
}
