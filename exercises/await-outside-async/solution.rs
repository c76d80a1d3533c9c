use std::time::Duration;

async fn load(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    name.to_uppercase()
}

async fn load_both() -> String {
    let a = load("left").await;
    let b = load("right").await;
    format!("{a} + {b}")
}

#[tokio::main]
async fn main() {
    println!("{}", load_both().await);
}
