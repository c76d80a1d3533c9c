use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, timeout, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        sleep(Duration::from_millis(250)).await;
        s.write_all(b"late").await.unwrap();
        sleep(Duration::from_millis(10)).await;
    });
    let mut c = TcpStream::connect(addr).await.unwrap();
    let mut buf = [0u8; 16];
    for attempt in 1..=4 {
        match timeout(Duration::from_millis(100), c.read(&mut buf)).await {
            Ok(Ok(n)) => {
                println!("attempt {attempt}: {:?} at {} ms", std::str::from_utf8(&buf[..n]).unwrap(), start.elapsed().as_millis());
                break;
            }
            Ok(Err(e)) => println!("error {e}"),
            Err(e) => println!("attempt {attempt}: {e} at {} ms", start.elapsed().as_millis()),
        }
    }
}
