use std::time::Duration;
use tokio::time::sleep;

async fn read(key: &str) -> Result<String, String> {
    sleep(Duration::from_millis(100)).await;
    Ok(format!("{key}-value"))
}

async fn load() -> Result<(String, String), String> {
    let host = read("host").await?; //~ sequential_awaits_not_concurrent
    let port = read("port").await?;
    Ok((host, port))
}

#[tokio::main]
async fn main() {
    println!("{:?}", load().await);
}
