use std::net::TcpListener; //~ unsupported: std::net|net|TcpListener

fn main() {
    let listener = TcpListener::bind("127.0.0.1:8080").unwrap();
    for stream in listener.incoming().take(1) {
        println!("connection: {}", stream.is_ok());
    }
}
