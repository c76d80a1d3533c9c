use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut c = TcpStream::connect(addr).await.unwrap();
        // Announce 10 bytes, send 4, then hang up.
        c.write_u16(10).await.unwrap();
        c.write_all(b"only").await.unwrap();
    });
    let (mut s, _) = listener.accept().await.unwrap();
    let len = s.read_u16().await.unwrap() as usize;
    println!("frame of {len} bytes announced");
    let mut frame = vec![0u8; len];
    match s.read_exact(&mut frame).await {
        Ok(_) => println!("complete frame"),
        Err(e) => println!("read_exact: {e} ({:?})", e.kind()),
    }
    match s.read_u8().await {
        Ok(b) => println!("byte {b}"),
        Err(e) => println!("read_u8: {e:?}"),
    }
}
