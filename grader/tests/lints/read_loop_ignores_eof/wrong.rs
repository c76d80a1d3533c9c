use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7401").await.unwrap();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 64];
        let mut total = 0;
        for _ in 0..10 {
            let n = socket.read(&mut buf).await.unwrap(); //~ read_loop_ignores_eof
            total += n;
        }
        println!("server read {total} bytes");
    });
    let mut client = TcpStream::connect("127.0.0.1:7401").await.unwrap();
    client.write_all(b"hello").await.unwrap();
    drop(client);
    server.await.unwrap();
}
