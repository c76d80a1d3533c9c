use futures::SinkExt;
use tokio::io::AsyncReadExt;
use tokio_util::codec::{FramedWrite, LinesCodec};

// `feed` only encodes into the write buffer; `flush` writes it out; `close` also shuts down.
#[tokio::main]
async fn main() {
    let (w, mut r) = tokio::io::duplex(64);
    let mut lines = FramedWrite::new(w, LinesCodec::new());
    lines.feed("one").await.unwrap();
    lines.feed("two").await.unwrap();
    println!("buffered: {:?}", lines.write_buffer());
    let mut buf = [0u8; 64];
    let reader = tokio::spawn(async move {
        loop {
            let n = r.read(&mut buf).await.unwrap();
            if n == 0 {
                println!("reader: eof");
                break;
            }
            println!("reader: {:?}", String::from_utf8_lossy(&buf[..n]));
        }
    });
    tokio::task::yield_now().await;
    println!("flushing");
    SinkExt::<&str>::flush(&mut lines).await.unwrap();
    tokio::task::yield_now().await;
    lines.feed("three".to_string()).await.unwrap();
    println!("closing");
    SinkExt::<&str>::close(&mut lines).await.unwrap();
    reader.await.unwrap();
}
