// `&BytesMut` and `&Bytes` deref to `&[u8]` where a function takes a slice
// (found by lesson 23: a frame printed through `String::from_utf8_lossy(&frame)`).
use futures::{SinkExt, StreamExt};
use tokio_util::bytes::{Bytes, BytesMut};
use tokio_util::codec::{Framed, LengthDelimitedCodec};

#[tokio::main]
async fn main() {
    let (a, b) = tokio::io::duplex(64);
    let mut tx = Framed::new(a, LengthDelimitedCodec::new());
    let mut rx = Framed::new(b, LengthDelimitedCodec::new());
    tx.send(Bytes::from_static(b"two\nlines")).await.unwrap();
    drop(tx);
    let frame: BytesMut = rx.next().await.unwrap().unwrap();
    println!("{:?}", String::from_utf8_lossy(&frame));
    println!("{:?}", String::from_utf8_lossy(&frame[..]));
    println!("{:?}", std::str::from_utf8(&frame));
    let fixed = Bytes::from_static(b"abc");
    println!("{}", String::from_utf8_lossy(&fixed));
    let owned = BytesMut::from(&b"xyz"[..]);
    println!("{:?}", String::from_utf8(owned.to_vec()));
}
