use futures::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::codec::{FramedRead, LinesCodec};

// A line longer than the limit is an error; the reader then skips to the next newline.
#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(256);
    tokio::spawn(async move {
        w.write_all(b"short\nthis line is far too long\nok again\r\nlast").await.unwrap();
    });
    let codec = LinesCodec::new_with_max_length(8);
    println!("max_length = {}", codec.max_length());
    let mut lines = FramedRead::new(r, codec);
    while let Some(item) = lines.next().await {
        match item {
            Ok(line) => println!("line {:?}", line),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
    println!("end");
}
