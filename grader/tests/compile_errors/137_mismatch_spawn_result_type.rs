#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { 42u32 });
    let n: u32 = handle.await;
    println!("{n}");
}
