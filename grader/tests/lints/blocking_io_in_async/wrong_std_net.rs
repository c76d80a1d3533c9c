use std::io::{Read, Write};

async fn fetch() -> std::io::Result<String> {
    let mut stream = std::net::TcpStream::connect("127.0.0.1:7403")?; //~ blocking_io_in_async
    stream.write_all(b"GET\n")?; //~ blocking_io_in_async
    let mut buf = [0u8; 64];
    let n = stream.read(&mut buf)?; //~ blocking_io_in_async
    tokio::task::yield_now().await;
    Ok(String::from_utf8_lossy(&buf[..n]).to_string())
}

async fn serve() -> std::io::Result<()> {
    let listener = std::net::TcpListener::bind("127.0.0.1:7403")?; //~ blocking_io_in_async
    let (mut socket, _) = listener.accept()?; //~ blocking_io_in_async
    socket.write_all(b"hello\n")?;
    for conn in listener.incoming() { //~ blocking_io_in_async
        drop(conn?);
        tokio::task::yield_now().await;
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    let server = tokio::spawn(serve());
    println!("{:?}", fetch().await);
    server.abort();
}
