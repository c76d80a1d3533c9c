use futures::{SinkExt, StreamExt};
use tokio_util::codec::{FramedRead, FramedWrite, LinesCodec};

// `FramedRead` and `FramedWrite` on the two halves of `tokio::io::split`.
#[tokio::main]
async fn main() {
    let (client, server) = tokio::io::duplex(16);
    let server = tokio::spawn(async move {
        let (r, w) = tokio::io::split(server);
        let mut input = FramedRead::new(r, LinesCodec::new());
        let mut output = FramedWrite::new(w, LinesCodec::new());
        let mut n = 0;
        while let Some(line) = input.next().await {
            n += 1;
            let line = line.unwrap();
            output.send(format!("{}: {}", n, line.len())).await.unwrap();
        }
        println!("server saw {} lines", n);
    });
    let (r, w) = tokio::io::split(client);
    let mut input = FramedRead::new(r, LinesCodec::new());
    let mut output = FramedWrite::new(w, LinesCodec::new());
    let sender = tokio::spawn(async move {
        for line in ["a fairly long first line", "b", "the third"] {
            output.send(line).await.unwrap();
            println!("client sent {:?}", line);
        }
    });
    for _ in 0..3 {
        println!("client got {:?}", input.next().await.unwrap().unwrap());
    }
    sender.await.unwrap();
    drop(input);
    server.await.unwrap();
}
