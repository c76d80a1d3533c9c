use tokio::time::{sleep, Duration, Instant};

async fn step(name: &str, ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("  {name} done");
    ms
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("sequential:");
    let a = step("a", 200).await;
    let b = step("b", 300).await;
    println!("  sum {} at {} ms", a + b, start.elapsed().as_millis());

    let start = Instant::now();
    println!("join!:");
    let (a, b) = tokio::join!(step("a", 200), step("b", 300));
    println!("  sum {} at {} ms", a + b, start.elapsed().as_millis());

    let start = Instant::now();
    println!("spawn then await:");
    let ha = tokio::spawn(step("a", 200));
    let hb = tokio::spawn(step("b", 300));
    let sum = ha.await.unwrap() + hb.await.unwrap();
    println!("  sum {sum} at {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    println!("spawned but awaited one at a time after sleeping:");
    let ha = tokio::spawn(step("a", 200));
    sleep(Duration::from_millis(500)).await;
    let hb = tokio::spawn(step("b", 300));
    let sum = ha.await.unwrap() + hb.await.unwrap();
    println!("  sum {sum} at {} ms", start.elapsed().as_millis());
}
