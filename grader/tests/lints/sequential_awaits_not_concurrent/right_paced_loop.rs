use std::time::Duration;
use tokio::time::sleep;

async fn tick(i: u32) {
    sleep(Duration::from_millis(100)).await;
    println!("tick {i}");
}

#[tokio::main]
async fn main() {
    for i in 0..4 {
        tick(i).await;
    }
}
