async fn start(id: u32) -> tokio::task::JoinHandle<()> {
    let count = 5u32;
    tokio::spawn(async {
        println!("{} {}", id, count);
    })
}

#[tokio::main]
async fn main() {
    start(1).await.await.unwrap();
}
