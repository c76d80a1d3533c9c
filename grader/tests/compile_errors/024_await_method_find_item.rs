use std::time::Duration;

async fn find_item(key: &str) -> Option<u32> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    key.len().checked_sub(1).map(|n| n as u32)
}

#[tokio::main]
async fn main() {
    let result = find_item("k").is_some();
    println!("{:?}", result);
}
