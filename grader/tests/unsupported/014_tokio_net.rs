#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap(); //~ unsupported: tokio::net|net|TcpListener
    let (_socket, addr) = listener.accept().await.unwrap();
    println!("accepted {addr}");
}
