use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7422").await.unwrap();
    let server = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let (r, mut w) = socket.into_split();
        let mut lines = BufReader::new(r).lines();
        while let Some(command) = lines.next_line().await.unwrap() {
            match command.as_str() {
                "PING" => w.write_all(b"PONG\n").await.unwrap(),
                other => println!("unknown command {other:?}"),
            }
        }
    });
    let mut client = TcpStream::connect("127.0.0.1:7422").await.unwrap();
    client.write_all(b"PING\n").await.unwrap();
    client.write_all(b"PING\n").await.unwrap();
    let mut replies = [0u8; 10];
    tokio::io::AsyncReadExt::read_exact(&mut client, &mut replies).await.unwrap();
    println!("{}", String::from_utf8_lossy(&replies));
    drop(client);
    server.await.unwrap();
}
