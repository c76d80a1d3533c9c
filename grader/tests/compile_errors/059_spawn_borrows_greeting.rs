#[tokio::main]
async fn main() {
    let greeting = String::from("hello");
    let handle = tokio::spawn(async {
        println!("{}", greeting);
    });
    handle.await.unwrap();
}
