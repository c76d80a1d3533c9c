// fails: stdout, virtual time, no warnings
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn upload(record: String) {
    sleep(Duration::from_millis(100)).await;
    println!("uploaded {record}");
}

/// Heavy synchronous parsing: one record per non-empty line.
fn parse(text: &str) -> Vec<String> {
    text.lines().map(|line| line.trim().to_uppercase()).filter(|line| !line.is_empty()).collect()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let text = "ada\n\ngrace\nlinus\n";
    let parsing = tokio::task::spawn_blocking(move || {
        for record in parse(text) {
            tokio::spawn(upload(record));
        }
    });
    parsing.await.unwrap();
    println!("done at {} ms", start.elapsed().as_millis());
}
