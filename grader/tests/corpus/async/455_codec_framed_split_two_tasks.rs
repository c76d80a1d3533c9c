use std::time::Duration;

use futures::{SinkExt, StreamExt};
use tokio::time::sleep;
use tokio_util::codec::{Framed, LinesCodec};

// A `Framed` split into a sink and a stream, each moved into its own task.
#[tokio::main]
async fn main() {
    let (a, b) = tokio::io::duplex(32);
    let (mut sink, mut stream) = Framed::new(a, LinesCodec::new()).split();
    let peer = tokio::spawn(async move {
        let mut peer = Framed::new(b, LinesCodec::new());
        while let Some(Ok(line)) = peer.next().await {
            println!("peer got {:?}", line);
            peer.send(line.to_uppercase()).await.unwrap();
        }
        println!("peer: closed");
    });
    let writer = tokio::spawn(async move {
        for word in ["alpha", "beta", "gamma"] {
            sink.send(word.to_string()).await.unwrap();
            println!("sent {}", word);
            sleep(Duration::from_millis(5)).await;
        }
        sink.close().await.unwrap();
        println!("writer closed its sink");
    });
    let reader = tokio::spawn(async move {
        while let Some(line) = stream.next().await {
            println!("reply {:?}", line.unwrap());
        }
        println!("reader: end");
    });
    writer.await.unwrap();
    reader.await.unwrap();
    peer.await.unwrap();
}
