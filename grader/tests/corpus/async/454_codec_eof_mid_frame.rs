use futures::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::codec::{BytesCodec, FramedRead, LengthDelimitedCodec, LinesCodec};

// The peer closes in the middle of a frame: `decode_eof` reports the bytes left over.
#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(&[0, 0, 0, 3, b'a', b'b', b'c', 0, 0, 0, 9, b'x', b'y']).await.unwrap();
    drop(w);
    let mut frames = FramedRead::new(r, LengthDelimitedCodec::new());
    while let Some(item) = frames.next().await {
        match item {
            Ok(frame) => println!("frame {:?}", frame),
            Err(e) => println!("error: {} ({:?}, kind {:?})", e, e, e.kind()),
        }
    }
    println!("after the error the stream ends");

    // A line without its newline is still a line at the end of the stream.
    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(b"one\ntwo").await.unwrap();
    w.shutdown().await.unwrap();
    let mut lines = FramedRead::new(r, LinesCodec::new());
    while let Some(line) = lines.next().await {
        println!("line {:?}", line);
    }

    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(b"raw bytes").await.unwrap();
    drop(w);
    let mut chunks = FramedRead::new(r, BytesCodec::new());
    while let Some(chunk) = chunks.next().await {
        println!("chunk {:?}", chunk.unwrap());
    }
}
