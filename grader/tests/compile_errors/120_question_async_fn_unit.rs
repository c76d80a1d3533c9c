async fn fetch() -> Result<u32, String> {
    Ok(1)
}

async fn run() {
    let n = fetch().await?;
    println!("{n}");
}

#[tokio::main]
async fn main() {
    run().await;
}
