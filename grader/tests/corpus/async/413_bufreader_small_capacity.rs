use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, BufWriter};

#[tokio::main]
async fn main() {
    let (a, b) = tokio::io::duplex(5);
    let writer = tokio::spawn(async move {
        let mut w = BufWriter::with_capacity(4, a);
        for word in ["one", "three", "x", "seventeen"] {
            w.write_all(word.as_bytes()).await.unwrap();
            w.write_all(b"\n").await.unwrap();
            println!("wrote {word}");
        }
        w.shutdown().await.unwrap();
        println!("writer shut down");
    });
    let mut r = BufReader::with_capacity(3, b);
    let mut line = String::new();
    r.read_line(&mut line).await.unwrap();
    println!("first line {line:?}");
    let mut two = [0u8; 2];
    r.read_exact(&mut two).await.unwrap();
    println!("two bytes {:?}", String::from_utf8_lossy(&two));
    let mut rest = String::new();
    r.read_to_string(&mut rest).await.unwrap();
    println!("rest {rest:?}");
    writer.await.unwrap();
}
