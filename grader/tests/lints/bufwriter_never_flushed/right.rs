use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};
use tokio::net::{TcpListener, TcpStream};

async fn reply(stream: TcpStream) -> std::io::Result<()> {
    let mut out = BufWriter::new(stream);
    out.write_all(b"hello\n").await?;
    out.write_all(b"bye\n").await?;
    out.flush().await?;
    Ok(())
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:7412").await.unwrap();
    let server = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        reply(socket).await.unwrap();
    });
    let mut client = TcpStream::connect("127.0.0.1:7412").await.unwrap();
    let mut text = String::new();
    client.read_to_string(&mut text).await.unwrap();
    println!("client got {text:?}");
    server.await.unwrap();
}
