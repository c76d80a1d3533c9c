use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut c = TcpStream::connect(addr).await.unwrap();
    let (mut s, _) = listener.accept().await.unwrap();
    c.write_all(b"last words").await.unwrap();
    c.shutdown().await.unwrap();
    match c.write_all(b"more").await {
        Ok(()) => println!("wrote after shutdown?"),
        Err(e) => println!("write after shutdown: {e} / {:?}", e.kind()),
    }
    let mut got = String::new();
    s.read_to_string(&mut got).await.unwrap();
    println!("server read {got:?}");
    s.write_all(b"reply still flows").await.unwrap();
    s.shutdown().await.unwrap();
    let mut reply = String::new();
    c.read_to_string(&mut reply).await.unwrap();
    println!("client read {reply:?}");
}
