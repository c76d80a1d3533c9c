use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (s, _) = listener.accept().await.unwrap();
        let (mut r, mut w) = s.into_split();
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 32];
            let mut got = Vec::new();
            loop {
                let n = r.read(&mut buf).await.unwrap();
                if n == 0 {
                    break;
                }
                println!("server read {:?}", std::str::from_utf8(&buf[..n]).unwrap());
                got.extend_from_slice(&buf[..n]);
            }
            got.len()
        });
        let writer = tokio::spawn(async move {
            for i in 0..3 {
                w.write_all(format!("tick{i};").as_bytes()).await.unwrap();
                sleep(Duration::from_millis(20)).await;
            }
        });
        writer.await.unwrap();
        reader.await.unwrap()
    });
    let (mut r, mut w) = TcpStream::connect(addr).await.unwrap().into_split();
    let sender = tokio::spawn(async move {
        for word in ["alpha", "beta", "gamma"] {
            w.write_all(word.as_bytes()).await.unwrap();
            sleep(Duration::from_millis(15)).await;
        }
    });
    let mut buf = [0u8; 64];
    let mut total = 0;
    while total < "tick0;tick1;tick2;".len() {
        let n = r.read(&mut buf).await.unwrap();
        println!("client read {:?}", std::str::from_utf8(&buf[..n]).unwrap());
        total += n;
    }
    sender.await.unwrap();
    println!("server got {} bytes", server.await.unwrap());
}
