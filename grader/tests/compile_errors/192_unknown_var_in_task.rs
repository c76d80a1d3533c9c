#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async move {
        println!("{}", user_id);
    });
    handle.await.unwrap();
}
