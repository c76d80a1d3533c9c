use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7434").await.unwrap();
    let mut tasks = Vec::new();
    while tasks.len() < 2 {
        tokio::spawn(async {});
        let client = tokio::spawn(async {
            let mut c = TcpStream::connect("127.0.0.1:7434").await.unwrap();
            tokio::io::AsyncWriteExt::write_all(&mut c, b"hi").await.unwrap();
        });
        let (mut socket, _) = listener.accept().await.unwrap();
        tasks.push(tokio::spawn(async move {
            let mut text = String::new();
            socket.read_to_string(&mut text).await.unwrap();
            println!("{text}");
        }));
        client.await.unwrap();
    }
    for t in tasks {
        t.await.unwrap();
    }
}
