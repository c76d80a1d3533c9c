async fn compute() -> u32 {
    42
}

#[tokio::main]
async fn main() {
    let fut = compute();
    let a = fut.await;
    let b = fut.await;
    println!("{a} {b}");
}
