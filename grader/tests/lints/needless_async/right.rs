use std::time::Duration;

fn add(a: u32, b: u32) -> u32 {
    a + b
}

async fn add_later(a: u32, b: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    a + b
}

async fn pair() -> (u32, u32) {
    tokio::join!(add_later(1, 2), add_later(3, 4))
}

#[tokio::main]
async fn main() {
    let sum = add(1, 2);
    let later = add_later(sum, 1).await;
    let (x, y) = pair().await;
    let sleep = tokio::time::sleep(Duration::from_millis(10));
    sleep.await;
    println!("{sum} {later} {x} {y}");
}
