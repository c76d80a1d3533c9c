use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let client = tokio::spawn(async move {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"12345").await.unwrap();
        s.write_all(b"6789").await.unwrap();
        println!("client: wrote 9 bytes, closing");
    });
    let (mut s, _) = listener.accept().await.unwrap();
    let mut buf = [0u8; 4];
    let mut total = 0;
    let mut reads = 0;
    loop {
        let n = s.read(&mut buf).await.unwrap();
        reads += 1;
        println!("read {n}");
        if n == 0 {
            break;
        }
        total += n;
    }
    println!("total {total} in {reads} reads");
    let n = s.read(&mut buf).await.unwrap();
    println!("after eof: {n}");
    client.await.unwrap();
}
