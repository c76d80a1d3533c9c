use tokio::sync::mpsc;

struct Logger {
    lines: mpsc::Sender<String>,
}

impl Logger {
    async fn log(&self, line: &str) {
        tokio::task::yield_now().await;
        self.lines.send(line.to_string()).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (lines, mut rx) = mpsc::channel(4);
    let logger = Logger { lines };
    logger.log("started").await;
    drop(logger);
    while let Some(line) = rx.recv().await {
        println!("{line}");
    }
    println!("log closed");
}
