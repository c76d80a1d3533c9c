use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, BufWriter, DuplexStream};

/// Writes one line per step, then flushes; `out` is dropped when the function returns.
async fn send_steps(mut out: BufWriter<DuplexStream>, steps: &[&str]) -> std::io::Result<()> {
    for step in steps {
        out.write_all(step.as_bytes()).await?;
        out.write_all(b"\n").await?;
    }
    out.flush().await
}

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

    send_steps(BufWriter::new(app), &["start", "load config", "listen", "stop"]).await.unwrap();

    logger.await.unwrap();
}
