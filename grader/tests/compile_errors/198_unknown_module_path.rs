#[tokio::main]
async fn main() {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("slept");
}
