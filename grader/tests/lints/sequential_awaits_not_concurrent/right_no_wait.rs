// Awaiting futures that never wait costs nothing: the order is the point.
#[allow(clippy::unused_async)]
async fn step(n: u32) -> u32 {
    println!("step {n}");
    n * 10
}

#[tokio::main]
async fn main() {
    let a = step(1).await;
    let b = step(2).await;
    println!("total {}", a + b);
}
