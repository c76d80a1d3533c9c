use std::time::Duration;

use futures::{SinkExt, StreamExt};
use tokio::time::{sleep, Instant};
use tokio_util::codec::{Framed, LinesCodec};

// `next()` in a `select!` with a timer: a line that arrives late is still read whole.
#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b) = tokio::io::duplex(64);
    tokio::spawn(async move {
        let mut tx = Framed::new(a, LinesCodec::new());
        sleep(Duration::from_millis(30)).await;
        tx.send("late line").await.unwrap();
        sleep(Duration::from_millis(100)).await;
    });
    let mut rx = Framed::new(b, LinesCodec::new());
    loop {
        tokio::select! {
            biased;
            line = rx.next() => {
                println!("[{:?}] {:?}", start.elapsed(), line);
                break;
            }
            _ = sleep(Duration::from_millis(20)) => println!("[{:?}] still waiting", start.elapsed()),
        }
    }
}
