use tokio::io::AsyncWriteExt;

#[tokio::main]
async fn main() {
    let mut stream = tokio::net::TcpStream::connect("redis.example.com:6379").await.unwrap(); //~ unsupported: resolve|address
    stream.write_all(b"PING\r\n").await.unwrap();
    println!("sent");
}
