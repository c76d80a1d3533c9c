use std::fmt;
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum AppError {
    Config(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Config(m) => write!(f, "config error: {m}"),
        }
    }
}

impl std::error::Error for AppError {}

async fn load(key: &str) -> Result<u32, AppError> {
    sleep(Duration::from_millis(10)).await;
    match key {
        "port" => Ok(8080),
        other => Err(AppError::Config(format!("missing {other}"))),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port = load("port").await?;
    println!("port {port}");
    let host = load("host").await?;
    println!("host {host}");
    Ok(())
}
