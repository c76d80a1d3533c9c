use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("[::1]:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    println!("ipv6: {} ipv4: {}", addr.is_ipv6(), addr.is_ipv4());
    println!("ip: {}", addr.ip());
    let server = tokio::spawn(async move {
        let (mut s, peer) = listener.accept().await.unwrap();
        println!("peer is ipv6: {}", peer.is_ipv6());
        s.write_all(b"hello over ::1").await.unwrap();
    });
    let mut c = TcpStream::connect(addr).await.unwrap();
    let mut text = String::new();
    c.read_to_string(&mut text).await.unwrap();
    println!("{text}");
    server.await.unwrap();
}
