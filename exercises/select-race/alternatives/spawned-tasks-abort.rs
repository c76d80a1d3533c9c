use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn download(mirror: (&str, u64)) -> String {
    let (name, ms) = mirror;
    sleep(Duration::from_millis(ms)).await;
    format!("file from {name}")
}

async fn fetch_fastest(first: (&str, u64), second: (&str, u64)) -> String {
    let (name_a, ms_a) = (first.0.to_string(), first.1);
    let (name_b, ms_b) = (second.0.to_string(), second.1);
    let mut task_a = tokio::spawn(async move { download((&name_a, ms_a)).await });
    let mut task_b = tokio::spawn(async move { download((&name_b, ms_b)).await });
    let result = tokio::select! {
        Ok(a) = &mut task_a => a,
        Ok(b) = &mut task_b => b,
        _ = sleep(Duration::from_millis(300)) => "no mirror answered".into(),
    };
    task_a.abort();
    task_b.abort();
    result
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for (a, b) in [(("paris", 120), ("oslo", 90)), (("lima", 50), ("rome", 250)), (("tokyo", 400), ("cairo", 500))] {
        let result = fetch_fastest(a, b).await;
        println!("{result} at {} ms", start.elapsed().as_millis());
    }
}
