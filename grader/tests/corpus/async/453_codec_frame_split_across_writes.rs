use std::time::Duration;

use futures::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio::time::{sleep, Instant};
use tokio_util::codec::{FramedRead, LengthDelimitedCodec};

// The writer sends half a frame, sleeps, then the rest: the decoder waits for the missing bytes.
#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (mut w, r) = tokio::io::duplex(64);
    tokio::spawn(async move {
        let mut frame = vec![0u8, 0, 0, 11];
        frame.extend_from_slice(b"hello world");
        w.write_all(&frame[..2]).await.unwrap();
        println!("[{:?}] wrote 2 bytes of the head", start.elapsed());
        sleep(Duration::from_millis(10)).await;
        w.write_all(&frame[2..9]).await.unwrap();
        println!("[{:?}] wrote the rest of the head and 5 bytes", start.elapsed());
        sleep(Duration::from_millis(10)).await;
        w.write_all(&frame[9..]).await.unwrap();
        w.write_all(&[0, 0, 0, 2, b'o', b'k']).await.unwrap();
        println!("[{:?}] wrote the rest and a second frame", start.elapsed());
    });
    let mut frames = FramedRead::new(r, LengthDelimitedCodec::new());
    while let Some(frame) = frames.next().await {
        let frame = frame.unwrap();
        println!("[{:?}] frame {:?}", start.elapsed(), &frame[..]);
    }
    println!("[{:?}] end of stream", start.elapsed());
}
