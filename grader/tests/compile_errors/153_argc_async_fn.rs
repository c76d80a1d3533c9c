async fn fetch(id: u32, retries: u32) -> u32 {
    id + retries
}

#[tokio::main]
async fn main() {
    let n = fetch(7).await;
    println!("{n}");
}
