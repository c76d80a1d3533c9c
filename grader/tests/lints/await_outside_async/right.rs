use std::time::Duration;

async fn fetch() -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    42
}

async fn report() {
    let value = fetch().await;
    println!("{value}");
}

#[tokio::main]
async fn main() {
    report().await;
    let values = vec![1, 2, 3];
    let mut doubled = Vec::new();
    for x in values {
        doubled.push(async move { fetch().await + x }.await);
    }
    println!("{doubled:?}");
}
