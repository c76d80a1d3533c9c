use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn download(mirror: (&str, u64)) -> String {
    let (name, ms) = mirror;
    sleep(Duration::from_millis(ms)).await;
    format!("file from {name}")
}

async fn fetch_fastest(first: (&str, u64), second: (&str, u64)) -> String {
    // TODO: race the two downloads and a 300 ms timeout with `tokio::select!`.
    todo!()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for (a, b) in [(("paris", 120), ("oslo", 90)), (("lima", 50), ("rome", 250)), (("tokyo", 400), ("cairo", 500))] {
        let result = fetch_fastest(a, b).await;
        println!("{result} at {} ms", start.elapsed().as_millis());
    }
}
