async fn start(id: u32) -> tokio::task::JoinHandle<()> {
    let names = vec!["ada".to_string(), "bob".to_string()];
    tokio::spawn(async {
        println!("{} {}", id, names.len());
    })
}

#[tokio::main]
async fn main() {
    start(1).await.await.unwrap();
}
