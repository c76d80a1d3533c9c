// A non-`move` block that only moves its captures (uses them by value) compiles.
async fn consume(names: Vec<String>) -> usize {
    tokio::task::yield_now().await;
    names.len()
}

#[tokio::main]
async fn main() {
    let names = vec!["ada".to_string()];
    let handle = tokio::spawn(async {
        let n = consume(names).await;
        println!("{n}");
    });
    handle.await.unwrap();
}
