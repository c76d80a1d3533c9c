use std::rc::Rc;
use std::time::Duration;

async fn worker() {
    let name = Rc::new("w".to_string());
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("{name}");
}

#[tokio::main]
async fn main() {
    tokio::spawn(worker()).await.unwrap();
}
