use std::time::Duration;

async fn fetch_name(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("user-{id}")
}

#[tokio::main]
async fn main() {
    let value = fetch_name(7);
    println!("got {}", value);
}
