use std::time::Duration;

async fn tick(n: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    n + 1
}

#[tokio::main]
async fn main() {
    for i in 0..3 {
        println!("tick {}", tick(i));
    }
}
