async fn add(a: u32, b: u32) -> u32 { //~ needless_async
    a + b
}

#[tokio::main]
async fn main() {
    let sum = add(1, 2).await;
    println!("{sum}");
}
