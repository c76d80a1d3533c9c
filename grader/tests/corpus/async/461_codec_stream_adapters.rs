use futures::{SinkExt, StreamExt};
use tokio_util::codec::{Framed, FramedRead, LinesCodec};

// A framed reader is a `Stream`: the `StreamExt` adapters work on it.
#[tokio::main]
async fn main() {
    let (a, b) = tokio::io::duplex(128);
    let mut out = Framed::new(a, LinesCodec::new());
    for n in [3, 1, 4, 1, 5, 9, 2, 6] {
        out.send(n.to_string()).await.unwrap();
    }
    drop(out);
    let numbers: Vec<u32> = FramedRead::new(b, LinesCodec::new())
        .map(|line| line.unwrap().parse::<u32>().unwrap())
        .filter(|n| futures::future::ready(*n > 2))
        .take(4)
        .collect()
        .await;
    println!("{:?}", numbers);
}
