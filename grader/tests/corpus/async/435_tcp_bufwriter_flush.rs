use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 256];
        loop {
            let n = s.read(&mut buf).await.unwrap();
            if n == 0 {
                break;
            }
            println!("server read {n} bytes: {:?}", std::str::from_utf8(&buf[..n]).unwrap());
        }
    });
    let c = TcpStream::connect(addr).await.unwrap();
    let mut w = BufWriter::new(c);
    for i in 0..5 {
        w.write_all(format!("line {i}\n").as_bytes()).await.unwrap();
    }
    println!("buffered {} bytes", w.buffer().len());
    w.flush().await.unwrap();
    w.write_all(b"last\n").await.unwrap();
    w.shutdown().await.unwrap();
    server.await.unwrap();
}
