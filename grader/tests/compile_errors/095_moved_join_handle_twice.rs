#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { 1 });
    let a = handle.await.unwrap();
    let b = handle.await.unwrap();
    println!("{a} {b}");
}
