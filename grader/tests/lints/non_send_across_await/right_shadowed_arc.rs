use std::sync::Arc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let names = Arc::new(vec!["Ada", "Grace"]);
    let names = Arc::clone(&names);
    let task = tokio::spawn(async move {
        let names: Vec<&str> = names.to_vec();
        tokio::time::sleep(Duration::from_millis(10)).await;
        names.join(" and ")
    });
    println!("{}", task.await.unwrap());
}
