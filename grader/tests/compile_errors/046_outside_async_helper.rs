use std::time::Duration;

async fn fetch() -> u32 {
    7
}

fn load() -> u32 {
    let n = fetch().await;
    n + 1
}

#[tokio::main]
async fn main() {
    tokio::time::sleep(Duration::from_millis(1)).await;
    println!("{}", load());
}
