use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let mut buf = [0u8; 16];
                let n = s.read(&mut buf).await.unwrap();
                sleep(Duration::from_millis(100)).await;
                s.write_all(&buf[..n]).await.unwrap();
            });
        }
    });
    let mut handles = Vec::new();
    for name in ["one", "two", "three"] {
        handles.push(tokio::spawn(async move {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(name.as_bytes()).await.unwrap();
            let mut buf = [0u8; 16];
            let n = s.read(&mut buf).await.unwrap();
            println!("{} answered at {} ms", std::str::from_utf8(&buf[..n]).unwrap(), start.elapsed().as_millis());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
