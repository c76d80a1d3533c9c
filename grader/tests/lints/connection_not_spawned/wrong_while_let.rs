use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7432").await.unwrap();
    let server = tokio::spawn(async move {
        let mut served = 0;
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut text = String::new();
            socket.read_to_string(&mut text).await.unwrap(); //~ connection_not_spawned
            println!("{text}");
            served += 1;
            if served == 2 {
                break;
            }
        }
    });
    for name in ["a", "b"] {
        let mut c = TcpStream::connect("127.0.0.1:7432").await.unwrap();
        tokio::io::AsyncWriteExt::write_all(&mut c, name.as_bytes()).await.unwrap();
    }
    server.await.unwrap();
}
