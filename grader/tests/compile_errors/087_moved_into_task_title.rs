#[tokio::main]
async fn main() {
    let title = "report".to_string();
    let handle = tokio::spawn(async move {
        println!("{:?}", title.to_uppercase());
    });
    println!("{:?}", title);
    handle.await.unwrap();
}
