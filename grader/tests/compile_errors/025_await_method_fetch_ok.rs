use std::time::Duration;

async fn fetch_ok(n: i32) -> Result<i32, String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if n > 0 { Ok(n) } else { Err("neg".to_string()) }
}

#[tokio::main]
async fn main() {
    let result = fetch_ok(5).expect("fetch failed");
    println!("{:?}", result);
}
