use std::time::Duration;

async fn read_config(path: &str) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("config from {path}")
}

#[tokio::main]
async fn main() {
    let value: String = read_config("app.toml");
    println!("got {value}");
}
