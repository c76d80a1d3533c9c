use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream; //~ unsupported: tokio::net|net|TcpStream

#[tokio::main]
async fn main() {
    let mut stream = TcpStream::connect("127.0.0.1:6379").await.unwrap();
    stream.write_all(b"PING\r\n").await.unwrap();
    println!("sent");
}
