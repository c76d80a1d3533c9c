async fn save(name: &str) -> usize {
    tokio::task::yield_now().await;
    println!("{name} saved");
    name.len()
}

#[tokio::main]
async fn main() {
    let _draft = save("essay"); //~ missing_await
    println!("done");
}
