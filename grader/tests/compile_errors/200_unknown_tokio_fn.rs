#[tokio::main]
async fn main() {
    tokio::sleep(std::time::Duration::from_millis(5)).await;
}
