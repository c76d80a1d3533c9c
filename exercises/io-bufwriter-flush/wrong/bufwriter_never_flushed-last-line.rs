// fails: stdout, no bufwriter_never_flushed, no warnings
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, BufWriter};

#[tokio::main]
async fn main() {
    let (app, log_side) = tokio::io::duplex(64);

    let logger = tokio::spawn(async move {
        let mut lines = BufReader::new(log_side).lines();
        let mut count = 0;
        while let Some(line) = lines.next_line().await.unwrap() {
            count += 1;
            println!("log: {line}");
        }
        println!("log closed after {count} lines");
    });

    let mut out = BufWriter::new(app);
    for step in ["start", "load config", "listen"] {
        out.write_all(format!("{step}\n").as_bytes()).await.unwrap();
    }
    out.flush().await.unwrap();
    out.write_all(b"stop\n").await.unwrap();
    drop(out);

    logger.await.unwrap();
}
