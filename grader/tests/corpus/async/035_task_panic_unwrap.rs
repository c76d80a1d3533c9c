use tokio::time::{sleep, Duration, Instant};

async fn risky(n: u32) -> u32 {
    sleep(Duration::from_millis(50)).await;
    if n == 3 {
        panic!("cannot handle {n}");
    }
    n * 2
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    for n in 1..=4 {
        let v = tokio::spawn(risky(n)).await.unwrap();
        println!("risky({n}) = {v} at {} ms", start.elapsed().as_millis());
    }
}
