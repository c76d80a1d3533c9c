use std::time::Duration;
use tokio::task::JoinHandle;
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
        let runtime = tokio::runtime::Handle::current();
        parse(text)
            .into_iter()
            .map(|record| runtime.spawn(upload(record)))
            .collect::<Vec<JoinHandle<()>>>()
    });
    for result in futures::future::join_all(parsing.await.unwrap()).await {
        result.unwrap();
    }
    println!("done at {} ms", start.elapsed().as_millis());
}
