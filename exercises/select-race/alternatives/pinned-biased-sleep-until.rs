use std::time::Duration;
use tokio::time::{sleep, sleep_until, Instant};

async fn download(mirror: (&str, u64)) -> String {
    let (name, ms) = mirror;
    sleep(Duration::from_millis(ms)).await;
    format!("file from {name}")
}

async fn fetch_fastest(first: (&str, u64), second: (&str, u64)) -> String {
    let deadline = Instant::now() + Duration::from_millis(300);
    let one = download(first);
    let two = download(second);
    tokio::pin!(one, two);
    let winner;
    tokio::select! {
        biased;
        text = &mut one => winner = text,
        text = &mut two => winner = text,
        () = sleep_until(deadline) => winner = "no mirror answered".to_owned(),
    }
    winner
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for (a, b) in [(("paris", 120), ("oslo", 90)), (("lima", 50), ("rome", 250)), (("tokyo", 400), ("cairo", 500))] {
        let result = fetch_fastest(a, b).await;
        println!("{result} at {} ms", start.elapsed().as_millis());
    }
}
