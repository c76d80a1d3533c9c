use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let token = CancellationToken::new();
    let server_token = token.clone();
    let server = tokio::spawn(async move {
        let mut served = 0;
        loop {
            tokio::select! {
                biased;
                _ = server_token.cancelled() => {
                    println!("server: shutting down after {served} connections");
                    break;
                }
                res = listener.accept() => {
                    let (mut s, _) = res.unwrap();
                    served += 1;
                    let mut buf = [0u8; 8];
                    let n = s.read(&mut buf).await.unwrap();
                    s.write_all(&buf[..n]).await.unwrap();
                    println!("server: served connection {served}");
                }
            }
        }
        served
    });
    for i in 0..3u8 {
        let mut c = TcpStream::connect(addr).await.unwrap();
        c.write_all(&[b'a' + i]).await.unwrap();
        let mut buf = [0u8; 8];
        let n = c.read(&mut buf).await.unwrap();
        println!("client {i}: {}", std::str::from_utf8(&buf[..n]).unwrap());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    token.cancel();
    let served = server.await.unwrap();
    println!("served {served}");
    let after = TcpStream::connect(addr).await;
    println!("connect after shutdown: {:?}", after.map(|_| ()).map_err(|e| e.kind()));
}
