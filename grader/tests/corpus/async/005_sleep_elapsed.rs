use tokio::time::{sleep, Duration, Instant};

async fn download(name: &str, ms: u64) -> usize {
    sleep(Duration::from_millis(ms)).await;
    name.len() * 100
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let a = download("index.html", 300).await;
    println!("a = {a} at {} ms", start.elapsed().as_millis());
    let b = download("app.js", 500).await;
    println!("b = {b} at {} ms", start.elapsed().as_millis());
    sleep(Duration::from_secs(2)).await;
    println!("total {} ms", start.elapsed().as_millis());
    println!("{:?}", Duration::from_millis(2800));
}
