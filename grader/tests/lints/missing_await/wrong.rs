use std::time::Duration;

async fn greet(name: &str) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("hello, {name}");
}

#[tokio::main]
async fn main() {
    greet("ada"); //~ missing_await
    println!("done");
}
