async fn count() -> usize {
    "three"
}

#[tokio::main]
async fn main() {
    println!("{}", count().await);
}
