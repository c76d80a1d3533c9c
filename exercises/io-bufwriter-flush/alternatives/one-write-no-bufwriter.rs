use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

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

    // No BufWriter: one write_all of the whole text goes straight into the pipe.
    let mut app = app;
    let text: String = ["start", "load config", "listen", "stop"].iter().map(|s| format!("{s}\n")).collect();
    app.write_all(text.as_bytes()).await.unwrap();
    drop(app);

    logger.await.unwrap();
}
