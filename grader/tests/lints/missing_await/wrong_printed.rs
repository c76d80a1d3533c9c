async fn load(id: u32) -> String {
    tokio::task::yield_now().await;
    format!("user {id}")
}

#[tokio::main]
async fn main() {
    println!("{}", load(7)); //~ missing_await
}
