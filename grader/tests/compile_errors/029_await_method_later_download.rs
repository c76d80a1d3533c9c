use std::time::Duration;

async fn download(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("body of {url}")
}

#[tokio::main]
async fn main() {
    let result = download("https://example.com");
    let shown = result.len();
    println!("{:?}", shown);
}
