use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let echo = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let echo_addr = echo.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut s, _) = echo.accept().await.unwrap();
        let mut buf = [0u8; 64];
        loop {
            let n = s.read(&mut buf).await.unwrap();
            if n == 0 {
                println!("echo: client closed at {} ms", start.elapsed().as_millis());
                break;
            }
            println!("echo: {:?}", String::from_utf8_lossy(&buf[..n]));
            s.write_all(&buf[..n]).await.unwrap();
        }
    });
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_addr = proxy.local_addr().unwrap();
    let p = tokio::spawn(async move {
        let (mut inbound, _) = proxy.accept().await.unwrap();
        let mut outbound = TcpStream::connect(echo_addr).await.unwrap();
        let r = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
        println!("proxy: {:?} at {} ms", r, start.elapsed().as_millis());
    });
    let mut c = TcpStream::connect(proxy_addr).await.unwrap();
    let mut buf = [0u8; 64];
    for word in ["ping", "hello proxy", "bye"] {
        c.write_all(word.as_bytes()).await.unwrap();
        let n = c.read(&mut buf).await.unwrap();
        println!("client got {:?} at {} ms", String::from_utf8_lossy(&buf[..n]), start.elapsed().as_millis());
        sleep(Duration::from_millis(10)).await;
    }
    c.shutdown().await.unwrap();
    let n = c.read(&mut buf).await.unwrap();
    println!("client read {n} after shutdown");
    p.await.unwrap();
}
