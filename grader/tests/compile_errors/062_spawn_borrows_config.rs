#[tokio::main]
async fn main() {
    let config = std::collections::HashMap::<String, u32>::new();
    let handle = tokio::spawn(async {
        println!("{}", config.len());
    });
    handle.await.unwrap();
}
