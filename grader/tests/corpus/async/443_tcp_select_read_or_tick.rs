use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{interval, sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut c = TcpStream::connect(addr).await.unwrap();
        for msg in ["one", "two", "three"] {
            sleep(Duration::from_millis(35)).await;
            c.write_all(msg.as_bytes()).await.unwrap();
        }
    });
    let (mut s, _) = listener.accept().await.unwrap();
    let mut tick = interval(Duration::from_millis(20));
    let mut buf = [0u8; 16];
    loop {
        tokio::select! {
            biased;
            r = s.read(&mut buf) => {
                let n = r.unwrap();
                if n == 0 {
                    println!("eof at {} ms", start.elapsed().as_millis());
                    break;
                }
                println!("{} at {} ms", std::str::from_utf8(&buf[..n]).unwrap(), start.elapsed().as_millis());
            }
            _ = tick.tick() => println!("tick at {} ms", start.elapsed().as_millis()),
        }
    }
}
