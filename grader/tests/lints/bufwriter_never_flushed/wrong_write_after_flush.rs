use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, BufWriter};

#[tokio::main]
async fn main() {
    let (app, log_side) = tokio::io::duplex(64);
    let logger = tokio::spawn(async move {
        let mut lines = BufReader::new(log_side).lines();
        while let Some(line) = lines.next_line().await.unwrap() {
            println!("log: {line}");
        }
    });
    let mut out = BufWriter::new(app);
    out.write_all(b"start\n").await.unwrap();
    out.flush().await.unwrap();
    out.write_all(b"stop\n").await.unwrap(); //~ bufwriter_never_flushed
    drop(out);
    logger.await.unwrap();
}
