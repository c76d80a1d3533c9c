use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};

#[tokio::main]
async fn main() {
    let (a, mut b) = tokio::io::duplex(64);
    tokio::spawn(async move {
        let mut w = BufWriter::new(a);
        for i in 0..3u32 {
            w.write_u32(i).await.unwrap(); //~ bufwriter_never_flushed
        }
    });
    let mut all = Vec::new();
    b.read_to_end(&mut all).await.unwrap();
    println!("{} bytes", all.len());
}
