// fails: stdout, virtual time
// checks only: the mirrors are tried one after the other, so the slower first mirror wins and the times add up
use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};

async fn download(mirror: (&str, u64)) -> String {
    let (name, ms) = mirror;
    sleep(Duration::from_millis(ms)).await;
    format!("file from {name}")
}

async fn fetch_fastest(first: (&str, u64), second: (&str, u64)) -> String {
    if let Ok(a) = timeout(Duration::from_millis(300), download(first)).await {
        return a;
    }
    match timeout(Duration::from_millis(300), download(second)).await {
        Ok(b) => b,
        Err(_) => String::from("no mirror answered"),
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for (a, b) in [(("paris", 120), ("oslo", 90)), (("lima", 50), ("rome", 250)), (("tokyo", 400), ("cairo", 500))] {
        let result = fetch_fastest(a, b).await;
        println!("{result} at {} ms", start.elapsed().as_millis());
    }
}
