use futures::{SinkExt, StreamExt};
use tokio::io::AsyncReadExt;
use tokio_util::bytes::Bytes;
use tokio_util::codec::{FramedRead, FramedWrite, LengthDelimitedCodec};

// A 2-byte little-endian length field and a maximum frame length of 5.
#[tokio::main]
async fn main() {
    let (w, mut r) = tokio::io::duplex(64);
    let codec = LengthDelimitedCodec::builder()
        .length_field_length(2)
        .little_endian()
        .max_frame_length(5)
        .new_codec();
    println!("max_frame_length = {}", codec.max_frame_length());
    let mut out = FramedWrite::new(w, codec);
    out.send(Bytes::from("hey")).await.unwrap();
    match out.send(Bytes::from("too long")).await {
        Ok(()) => println!("sent"),
        Err(e) => println!("send error: {} / {:?}", e, e),
    }
    out.send(Bytes::from_static(b"12345")).await.unwrap();
    drop(out);
    let mut raw = Vec::new();
    r.read_to_end(&mut raw).await.unwrap();
    println!("on the wire: {:?}", raw);

    // A reader with a 1-byte length field and a limit of 3 meets a frame of 4.
    let (mut w, r) = tokio::io::duplex(64);
    tokio::io::AsyncWriteExt::write_all(&mut w, &[2, b'h', b'i', 4, b'a', b'b', b'c', b'd']).await.unwrap();
    drop(w);
    let mut frames = LengthDelimitedCodec::builder()
        .length_field_length(1)
        .max_frame_length(3)
        .new_read(r);
    while let Some(item) = frames.next().await {
        match item {
            Ok(f) => println!("frame {:?}", f),
            Err(e) => println!("read error: {} ({:?})", e, e.kind()),
        }
    }
}
