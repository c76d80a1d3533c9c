#[tokio::main]
async fn main() {
    let body = fetch_page("https://example.com").await;
    println!("{body}");
}
