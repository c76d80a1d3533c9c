use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let start = tokio::time::Instant::now();
    match TcpStream::connect(addr).await {
        Ok(_) => println!("connected?"),
        Err(e) => {
            println!("error: {e}");
            println!("debug: {e:?}");
            println!("kind: {:?}", e.kind());
            println!("raw: {:?}", e.raw_os_error());
        }
    }
    println!("after {:?}", start.elapsed());
    let r = TcpStream::connect(addr).await;
    println!("again: {}", r.is_err());
}
