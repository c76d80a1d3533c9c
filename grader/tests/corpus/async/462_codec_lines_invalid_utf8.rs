use futures::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::codec::{FramedRead, LinesCodec};

// A line that is not UTF-8 is an error, and the stream ends after it.
#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(b"good\n\xff\xfe\nnever read\n").await.unwrap();
    drop(w);
    let mut lines = FramedRead::new(r, LinesCodec::new());
    while let Some(item) = lines.next().await {
        match item {
            Ok(line) => println!("line {:?}", line),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
    println!("end");
}
