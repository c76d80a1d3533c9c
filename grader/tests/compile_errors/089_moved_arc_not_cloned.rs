use std::sync::Arc;

#[tokio::main]
async fn main() {
    let shared = Arc::new(vec![1, 2, 3]);
    let a = tokio::spawn(async move { shared.len() });
    let b = tokio::spawn(async move { shared.len() });
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
}
