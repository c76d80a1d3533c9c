#[tokio::main]
async fn main() {
    let text = tokio::task::spawn_blocking(|| std::fs::read_to_string("Cargo.toml").unwrap_or_default())
        .await
        .unwrap();
    println!("{}", text.len());
}
