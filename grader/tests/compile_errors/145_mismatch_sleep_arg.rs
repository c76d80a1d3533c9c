#[tokio::main]
async fn main() {
    tokio::time::sleep(100).await;
    println!("slept");
}
