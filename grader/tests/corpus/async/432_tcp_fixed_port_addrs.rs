use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:47432").await.unwrap();
    let addr = listener.local_addr().unwrap();
    println!("listening on {addr} (port {}, ipv4 {})", addr.port(), addr.is_ipv4());
    println!("{:?}", addr);
    let client = TcpStream::connect("127.0.0.1:47432").await.unwrap();
    let (server_side, peer) = listener.accept().await.unwrap();
    println!("client's peer: {}", client.peer_addr().unwrap());
    println!("server side local: {}", server_side.local_addr().unwrap());
    println!("peer ip: {}", peer.ip());
}
