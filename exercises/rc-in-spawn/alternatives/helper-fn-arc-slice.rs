use std::sync::Arc;
use std::time::Duration;

async fn greet(id: u64, delay: u64, names: Arc<[&'static str]>) -> String {
    tokio::time::sleep(Duration::from_millis(delay)).await;
    format!("task {id} greets {}", names.join(" and "))
}

#[tokio::main]
async fn main() {
    let names: Arc<[&str]> = Arc::from(vec!["Ada", "Grace"]);
    let mut handles = Vec::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        handles.push(tokio::spawn(greet(id, delay, names.clone())));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
