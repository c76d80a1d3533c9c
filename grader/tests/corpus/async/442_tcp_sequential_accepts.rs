use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // Three connections wait in the backlog before anyone accepts.
    let mut clients = Vec::new();
    for i in 0..3u8 {
        let mut c = TcpStream::connect(addr).await.unwrap();
        c.write_all(&[b'0' + i]).await.unwrap();
        println!("client {i} connected and wrote");
        clients.push(c);
    }
    for _ in 0..3 {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 4];
        let n = s.read(&mut buf).await.unwrap();
        println!("accepted one, {n} byte(s) ready");
    }
}
