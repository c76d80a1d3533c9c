use std::time::Duration;

async fn wait(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

#[tokio::main]
async fn main() {
    wait(10, 20).await;
    println!("done");
}
