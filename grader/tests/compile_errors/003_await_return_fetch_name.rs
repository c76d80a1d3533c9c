use std::time::Duration;

async fn fetch_name(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("user-{id}")
}

async fn twice() -> String {
    fetch_name(7)
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
