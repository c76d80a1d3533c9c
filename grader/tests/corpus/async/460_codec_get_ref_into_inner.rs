use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::codec::{FramedRead, LinesCodec};

// `into_inner` gives the I/O object back; bytes the framed reader had buffered stay behind.
#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(b"first\nsecond\n").await.unwrap();
    let mut lines = FramedRead::new(r, LinesCodec::new());
    println!("{:?}", lines.next().await);
    println!("still buffered: {:?}", lines.read_buffer());
    let _ = lines.get_ref();
    let mut r = lines.into_inner();
    w.write_all(b"raw").await.unwrap();
    drop(w);
    let mut rest = String::new();
    r.read_to_string(&mut rest).await.unwrap();
    println!("after into_inner: {:?}", rest);
}
