use tokio::net::TcpListener; //~ unsupported: tokio::net|net|TcpListener

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:8080").await.unwrap();
    let (_socket, addr) = listener.accept().await.unwrap();
    println!("accepted {addr}");
}
