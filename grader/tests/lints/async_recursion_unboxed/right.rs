async fn countdown(n: u32) {
    if n == 0 {
        return;
    }
    println!("{n}");
    Box::pin(countdown(n - 1)).await;
}

#[tokio::main]
async fn main() {
    countdown(3).await;
}
