use std::io::Write;

#[tokio::main]
async fn main() {
    let mut stream = std::net::TcpStream::connect("127.0.0.1:8080").unwrap(); //~ unsupported: std::net
    stream.write_all(b"hello").unwrap();
}
