use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (mut a, mut a_peer) = tokio::io::duplex(8);
    let (mut b, mut b_peer) = tokio::io::duplex(5);
    let proxy = tokio::spawn(async move {
        let r = tokio::io::copy_bidirectional_with_sizes(&mut a, &mut b, 3, 4).await;
        println!("proxy: {:?}", r);
    });
    let reader = tokio::spawn(async move {
        let mut buf = [0u8; 32];
        let mut got = String::new();
        loop {
            let n = b_peer.read(&mut buf).await.unwrap();
            if n == 0 {
                break;
            }
            println!("b side read {:?} at {} ms", String::from_utf8_lossy(&buf[..n]), start.elapsed().as_millis());
            got.push_str(&String::from_utf8_lossy(&buf[..n]));
            sleep(Duration::from_millis(3)).await;
        }
        b_peer.write_all(b"reply from b").await.unwrap();
        b_peer.shutdown().await.unwrap();
        got
    });
    a_peer.write_all(b"abcdefghijklmnopq").await.unwrap();
    println!("a side wrote all at {} ms", start.elapsed().as_millis());
    a_peer.shutdown().await.unwrap();
    let mut back = String::new();
    a_peer.read_to_string(&mut back).await.unwrap();
    println!("a side got back {back:?} at {} ms", start.elapsed().as_millis());
    println!("b side got {:?}", reader.await.unwrap());
    proxy.await.unwrap();
}
