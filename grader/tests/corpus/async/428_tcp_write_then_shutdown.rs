use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut request = String::new();
        s.read_to_string(&mut request).await.unwrap();
        println!("server: request {request:?} ({} bytes)", request.len());
        let words = request.split_whitespace().count();
        s.write_all(format!("{words} words").as_bytes()).await.unwrap();
        println!("server: answered");
    });
    let mut c = TcpStream::connect(addr).await.unwrap();
    c.write_all(b"count the words ").await.unwrap();
    c.write_all(b"in this request").await.unwrap();
    c.shutdown().await.unwrap();
    println!("client: shut down writing");
    let mut answer = String::new();
    c.read_to_string(&mut answer).await.unwrap();
    println!("client: {answer}");
    server.await.unwrap();
}
