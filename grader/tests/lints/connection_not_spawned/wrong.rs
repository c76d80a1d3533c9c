use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Duration};

async fn handle(mut socket: TcpStream) {
    let mut buf = [0u8; 64];
    let n = socket.read(&mut buf).await.unwrap();
    socket.write_all(&buf[..n]).await.unwrap();
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7431").await.unwrap();
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            handle(socket).await; //~ connection_not_spawned
        }
    });
    let mut slow = TcpStream::connect("127.0.0.1:7431").await.unwrap();
    let mut fast = TcpStream::connect("127.0.0.1:7431").await.unwrap();
    fast.write_all(b"fast").await.unwrap();
    let mut buf = [0u8; 4];
    tokio::select! {
        _ = fast.read_exact(&mut buf) => println!("fast served"),
        _ = sleep(Duration::from_millis(100)) => println!("fast still waits for slow"),
    }
    slow.write_all(b"slow").await.unwrap();
}
