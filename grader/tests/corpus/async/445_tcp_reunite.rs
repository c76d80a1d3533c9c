use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 5];
        s.read_exact(&mut buf).await.unwrap();
        s.write_all(&buf).await.unwrap();
        s.read_exact(&mut buf).await.unwrap();
        println!("server second: {}", std::str::from_utf8(&buf).unwrap());
    });
    let c = TcpStream::connect(addr).await.unwrap();
    let (mut r, mut w) = c.into_split();
    w.write_all(b"first").await.unwrap();
    let mut buf = [0u8; 5];
    r.read_exact(&mut buf).await.unwrap();
    println!("client got {}", std::str::from_utf8(&buf).unwrap());
    let mut whole = r.reunite(w).unwrap();
    whole.write_all(b"again").await.unwrap();
    server.await.unwrap();
    let n = whole.read(&mut buf).await.unwrap();
    println!("client read {n} after the server left");
}
