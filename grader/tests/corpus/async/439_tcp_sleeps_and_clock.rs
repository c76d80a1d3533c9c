use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        println!("server accepted at {:?}", start.elapsed());
        let mut buf = [0u8; 64];
        loop {
            let n = s.read(&mut buf).await.unwrap();
            println!("server read {n} at {:?}", start.elapsed());
            if n == 0 {
                break;
            }
        }
    });
    let mut c = TcpStream::connect(addr).await.unwrap();
    println!("client connected at {:?}", start.elapsed());
    sleep(Duration::from_millis(10)).await;
    c.write_all(b"a").await.unwrap();
    sleep(Duration::from_millis(100)).await;
    c.write_all(b"b").await.unwrap();
    sleep(Duration::from_millis(30)).await;
    c.write_all(b"c").await.unwrap();
    c.shutdown().await.unwrap();
    println!("client done at {:?}", start.elapsed());
    server.await.unwrap();
    println!("end at {:?}", start.elapsed());
}
