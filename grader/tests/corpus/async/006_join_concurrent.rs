use tokio::time::{sleep, Duration, Instant};

async fn fetch(name: &str, ms: u64) -> String {
    println!("start {name}");
    sleep(Duration::from_millis(ms)).await;
    println!("done {name}");
    format!("{name}:{ms}")
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b, c) = tokio::join!(fetch("users", 300), fetch("posts", 100), fetch("likes", 200));
    println!("{a} {b} {c}");
    println!("concurrent: {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    let a = fetch("users", 300).await;
    let b = fetch("posts", 100).await;
    println!("{a} {b}");
    println!("sequential: {} ms", start.elapsed().as_millis());
}
