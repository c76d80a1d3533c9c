use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn client(addr: std::net::SocketAddr, name: &'static str) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    println!("{name}: connected");
    s.write_all(name.as_bytes()).await.unwrap();
    println!("{name}: sent");
    let mut buf = vec![0u8; 32];
    let n = s.read(&mut buf).await.unwrap();
    let reply = String::from_utf8(buf[..n].to_vec()).unwrap();
    println!("{name}: reply {reply}");
    reply
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        for i in 1..=2 {
            let (mut socket, _) = listener.accept().await.unwrap();
            println!("server: connection {i}");
            tokio::spawn(async move {
                let mut buf = [0u8; 32];
                let n = socket.read(&mut buf).await.unwrap();
                println!("handler {i}: read {n} bytes");
                let mut out = b"echo:".to_vec();
                out.extend_from_slice(&buf[..n]);
                socket.write_all(&out).await.unwrap();
            });
        }
    });
    let a = tokio::spawn(client(addr, "alice"));
    let b = tokio::spawn(client(addr, "bob"));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    println!("{a} {b}");
}
