use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        println!("server: accepted");
        let mut buf = [0u8; 1024];
        loop {
            let n = socket.read(&mut buf).await.unwrap();
            if n == 0 {
                println!("server: client closed");
                break;
            }
            println!("server: echoing {:?}", String::from_utf8_lossy(&buf[..n]));
            socket.write_all(&buf[..n]).await.unwrap();
        }
    });
    let mut client = TcpStream::connect(addr).await?;
    println!("client: connected");
    for msg in ["hello", "async", "world"] {
        client.write_all(msg.as_bytes()).await?;
        let mut buf = [0u8; 64];
        let n = client.read(&mut buf).await?;
        println!("client: got back {:?}", std::str::from_utf8(&buf[..n]).unwrap());
    }
    drop(client);
    server.await.unwrap();
    println!("done");
    Ok(())
}
