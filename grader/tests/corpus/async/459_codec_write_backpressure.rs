use std::time::Duration;

use futures::{SinkExt, StreamExt};
use tokio::time::{sleep, Instant};
use tokio_util::codec::{FramedRead, FramedWrite, LinesCodec};

// A pipe of 8 bytes: `send` waits in its flush until the slow reader makes room.
#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (w, r) = tokio::io::duplex(8);
    let writer = tokio::spawn(async move {
        let mut out = FramedWrite::new(w, LinesCodec::new());
        for msg in ["0123456789", "abc", "a longer message here"] {
            out.send(msg).await.unwrap();
            println!("[{:?}] sent {:?}", start.elapsed(), msg);
        }
    });
    let mut input = FramedRead::new(r, LinesCodec::new());
    while let Some(line) = input.next().await {
        println!("[{:?}] got {:?}", start.elapsed(), line.unwrap());
        sleep(Duration::from_millis(10)).await;
    }
    writer.await.unwrap();
    println!("[{:?}] done", start.elapsed());
}
