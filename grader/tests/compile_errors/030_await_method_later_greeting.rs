use std::time::Duration;

async fn greeting(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("hello {name}")
}

#[tokio::main]
async fn main() {
    let result = greeting("ada");
    let shown = result.to_uppercase();
    println!("{:?}", shown);
}
