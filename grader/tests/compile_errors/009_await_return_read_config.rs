use std::time::Duration;

async fn read_config(path: &str) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("config from {path}")
}

async fn twice() -> String {
    read_config("app.toml")
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
