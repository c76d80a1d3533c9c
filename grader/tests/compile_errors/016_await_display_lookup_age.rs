use std::time::Duration;

async fn lookup_age(name: &str) -> u8 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    name.len() as u8
}

#[tokio::main]
async fn main() {
    let value = lookup_age("bob");
    println!("got {}", value);
}
