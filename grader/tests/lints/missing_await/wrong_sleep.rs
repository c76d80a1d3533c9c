use std::time::Duration;

#[tokio::main]
async fn main() {
    println!("waiting");
    tokio::time::sleep(Duration::from_millis(100)); //~ missing_await
    println!("done");
}
