async fn greet_later(name: &str) {
    tokio::spawn(async move {
        println!("hello {name}");
    })
    .await
    .unwrap();
}

#[tokio::main]
async fn main() {
    let name = String::from("ada");
    greet_later(&name).await;
}
