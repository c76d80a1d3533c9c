use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut src_w, mut src_r) = tokio::io::duplex(8);
    let (mut dst_w, mut dst_r) = tokio::io::duplex(8);
    let producer = tokio::spawn(async move {
        for i in 0..5 {
            src_w.write_all(format!("chunk {i};").as_bytes()).await.unwrap();
        }
        println!("producer done");
    });
    let pump = tokio::spawn(async move {
        let n = tokio::io::copy(&mut src_r, &mut dst_w).await.unwrap();
        println!("copied {n} bytes");
    });
    let mut out = String::new();
    dst_r.read_to_string(&mut out).await.unwrap();
    println!("received {out:?}");
    producer.await.unwrap();
    pump.await.unwrap();
}
