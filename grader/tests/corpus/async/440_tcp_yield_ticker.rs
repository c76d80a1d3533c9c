use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Duration, Instant};
#[tokio::main]
async fn main() {
    let start = Instant::now();
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let server = tokio::spawn(async move {
        println!("server accepting");
        let (mut s, _) = l.accept().await.unwrap();
        println!("server accepted {:?}", start.elapsed());
        let mut buf = [0u8; 64];
        let n = s.read(&mut buf).await.unwrap();
        println!("server read {n} {:?}", start.elapsed());
        s.write_all(&buf[..n]).await.unwrap();
        println!("server wrote {:?}", start.elapsed());
        let n = s.read(&mut buf).await.unwrap();
        println!("server read {n} {:?}", start.elapsed());
        let n = s.read(&mut buf).await.unwrap();
        println!("server read {n} {:?}", start.elapsed());
    });
    let ticker = tokio::spawn(async move {
        for i in 0..8 {
            println!("tick {i}");
            tokio::task::yield_now().await;
        }
    });
    println!("client connecting");
    let mut c = TcpStream::connect(addr).await.unwrap();
    println!("client connected {:?}", start.elapsed());
    c.write_all(b"hello").await.unwrap();
    println!("client wrote");
    let mut buf = [0u8; 64];
    let n = c.read(&mut buf).await.unwrap();
    println!("client read {n} {:?}", start.elapsed());
    c.write_all(b"again").await.unwrap();
    println!("client wrote again");
    sleep(Duration::from_millis(100)).await;
    println!("client slept {:?}", start.elapsed());
    drop(c);
    server.await.unwrap();
    ticker.await.unwrap();
    println!("done {:?}", start.elapsed());
}
