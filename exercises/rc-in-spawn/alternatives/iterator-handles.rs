use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;

#[tokio::main]
async fn main() {
    let names = Arc::new(["Ada", "Grace"]);
    let handles: Vec<JoinHandle<String>> = [(1u64, 30u64), (2, 10)]
        .into_iter()
        .map(|(id, delay)| {
            let names = Arc::clone(&names);
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(delay)).await;
                let [first, second] = *names;
                format!("task {} greets {} and {}", id, first, second)
            })
        })
        .collect();
    for handle in handles {
        let greeting = handle.await.expect("greeting task panicked");
        println!("{greeting}");
    }
}
