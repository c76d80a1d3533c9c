use tokio::io::AsyncWriteExt;

#[tokio::main]
async fn main() {
    let mut stream = tokio::net::TcpStream::connect("127.0.0.1:6379").await.unwrap(); //~ unsupported: tokio::net|net|TcpStream
    stream.write_all(b"PING\r\n").await.unwrap();
    println!("sent");
}
