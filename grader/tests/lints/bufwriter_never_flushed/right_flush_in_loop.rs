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
    let mut step = 0;
    loop {
        out.flush().await.unwrap();
        if step == 3 {
            break;
        }
        out.write_all(format!("step {step}\n").as_bytes()).await.unwrap();
        step += 1;
    }
    drop(out);
    logger.await.unwrap();
}
