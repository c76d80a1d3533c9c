#[tokio::main]
async fn main() {
    let message = String::from("hi");
    let handle = tokio::spawn(async move {
        println!("{:?}", message);
    });
    println!("{:?}", message);
    handle.await.unwrap();
}
