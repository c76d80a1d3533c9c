use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (mut client, mut proxy_in) = tokio::io::duplex(64);
    let (mut proxy_out, mut server) = tokio::io::duplex(64);
    let proxy = tokio::spawn(async move {
        let r = tokio::io::copy_bidirectional(&mut proxy_in, &mut proxy_out).await;
        println!("proxy done: {:?} at {} ms", r, start.elapsed().as_millis());
    });
    tokio::spawn(async move {
        let mut buf = [0u8; 16];
        let n = server.read(&mut buf).await.unwrap();
        println!("server got {:?}", String::from_utf8_lossy(&buf[..n]));
        sleep(Duration::from_millis(5)).await;
        server.write_all(b"goodbye").await.unwrap();
        println!("server closes at {} ms", start.elapsed().as_millis());
        drop(server);
    });
    client.write_all(b"hi").await.unwrap();
    let mut all = Vec::new();
    client.read_to_end(&mut all).await.unwrap();
    println!("client read {:?} to the end at {} ms", String::from_utf8_lossy(&all), start.elapsed().as_millis());
    sleep(Duration::from_millis(20)).await;
    client.write_all(b"late").await.unwrap();
    println!("client wrote late at {} ms", start.elapsed().as_millis());
    client.shutdown().await.unwrap();
    proxy.await.unwrap();
}
