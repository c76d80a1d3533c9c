#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { 5 });
    let n = handle.await?;
    println!("{n}");
}
