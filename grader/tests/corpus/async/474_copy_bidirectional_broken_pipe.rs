use tokio::io::AsyncWriteExt;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (mut a, mut a_peer) = tokio::io::duplex(16);
    let (mut b, b_peer) = tokio::io::duplex(16);
    drop(b_peer);
    let proxy = tokio::spawn(async move {
        let r = tokio::io::copy_bidirectional(&mut a, &mut b).await;
        match &r {
            Ok(counts) => println!("ok {counts:?}"),
            Err(e) => println!("error: {e} ({:?})", e.kind()),
        }
    });
    sleep(Duration::from_millis(1)).await;
    a_peer.write_all(b"into the void").await.unwrap();
    proxy.await.unwrap();
    let r = a_peer.write_all(b"again").await;
    println!("after: {:?}", r.map_err(|e| e.kind()));
}
