use futures::{SinkExt, StreamExt};
use tokio_util::bytes::Bytes;
use tokio_util::codec::{Framed, LengthDelimitedCodec};

// A request/response protocol over length-prefixed frames (a 4-byte big-endian length).
#[tokio::main]
async fn main() {
    let (client_io, server_io) = tokio::io::duplex(1024);
    let server = tokio::spawn(async move {
        let mut frames = Framed::new(server_io, LengthDelimitedCodec::new());
        while let Some(frame) = frames.next().await {
            let frame = frame.unwrap();
            println!("server: {} bytes {:?}", frame.len(), frame);
            let reply = format!("len={}", frame.len());
            frames.send(Bytes::from(reply)).await.unwrap();
        }
        println!("server: done");
    });
    let mut frames = Framed::new(client_io, LengthDelimitedCodec::new());
    frames.send(Bytes::from_static(b"GET key")).await.unwrap();
    frames.send(Bytes::from(vec![0u8, 1, 2, 255])).await.unwrap();
    frames.send(Bytes::from("")).await.unwrap();
    for _ in 0..3 {
        let reply = frames.next().await.unwrap().unwrap();
        println!("client: {:?} = {}", reply, String::from_utf8(reply.to_vec()).unwrap());
    }
    let raw = frames.into_inner();
    drop(raw);
    server.await.unwrap();
}
