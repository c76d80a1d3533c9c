use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7421").await.unwrap();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 1024];
        loop {
            let n = socket.read(&mut buf).await.unwrap(); //~ read_as_message
            if n == 0 {
                break;
            }
            let command = String::from_utf8_lossy(&buf[..n]);
            match command.trim() {
                "PING" => socket.write_all(b"PONG\n").await.unwrap(),
                other => println!("unknown command {other:?}"),
            }
        }
    });
    let mut client = TcpStream::connect("127.0.0.1:7421").await.unwrap();
    client.write_all(b"PING\n").await.unwrap();
    client.write_all(b"PING\n").await.unwrap();
    drop(client);
    server.await.unwrap();
}
