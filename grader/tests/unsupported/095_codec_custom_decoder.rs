use futures::StreamExt;
use tokio::io::AsyncWriteExt;
use tokio_util::bytes::BytesMut;
use tokio_util::codec::{Decoder, FramedRead};

struct Pairs;

impl Decoder for Pairs {
    type Item = (u8, u8);
    type Error = std::io::Error;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<(u8, u8)>, std::io::Error> {
        if src.len() < 2 {
            return Ok(None);
        }
        let head = src.split_to(2);
        Ok(Some((head[0], head[1])))
    }
}

#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(64);
    w.write_all(&[1, 2, 3, 4, 5]).await.unwrap();
    drop(w);
    let mut pairs = FramedRead::new(r, Pairs); //~ unsupported: a codec of this type
    while let Some(p) = pairs.next().await {
        println!("{:?}", p);
    }
}
