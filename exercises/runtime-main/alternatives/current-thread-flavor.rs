use std::time::Duration;

async fn brew(seconds: u64) -> &'static str {
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    "tea"
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let drink = brew(3).await;
    println!("your {drink} is ready");
}
