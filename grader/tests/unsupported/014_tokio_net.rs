#[tokio::main]
async fn main() {
    let socket = tokio::net::UdpSocket::bind("127.0.0.1:8080").await.unwrap(); //~ unsupported: tokio::net|UdpSocket
    socket.send_to(b"ping", "127.0.0.1:8081").await.unwrap();
}
