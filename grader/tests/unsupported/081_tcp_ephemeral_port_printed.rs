use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let _client = TcpStream::connect(addr).await.unwrap();
    let (_socket, peer) = listener.accept().await.unwrap();
    println!("accepted {peer}"); //~ unsupported: a port the OS chose
}
