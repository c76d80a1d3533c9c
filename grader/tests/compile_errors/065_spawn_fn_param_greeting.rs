async fn start(id: u32) -> tokio::task::JoinHandle<()> {
    let greeting = String::from("hello");
    tokio::spawn(async {
        println!("{} {}", id, greeting);
    })
}

#[tokio::main]
async fn main() {
    start(1).await.await.unwrap();
}
