use std::time::Duration;

async fn lookup_age(name: &str) -> u8 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    name.len() as u8
}

async fn twice() -> u8 {
    lookup_age("bob")
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
