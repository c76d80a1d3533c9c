use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut c = TcpStream::connect(addr).await.unwrap();
        for chunk in 0..4u8 {
            c.write_all(&vec![b'a' + chunk; 1000]).await.unwrap();
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    let (mut s, _) = listener.accept().await.unwrap();
    let mut all = Vec::new();
    let n = s.read_to_end(&mut all).await.unwrap();
    println!("read {n} bytes at {:?}", tokio::time::Instant::now().elapsed());
    let mut counts = [0usize; 4];
    for b in &all {
        counts[(b - b'a') as usize] += 1;
    }
    println!("{counts:?}");
}
