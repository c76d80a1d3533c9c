use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let names = Arc::new(vec!["Ada", "Grace"]);
    let mut set = JoinSet::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        let names = Arc::clone(&names);
        set.spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            format!("task {id} greets {}", names.join(" and "))
        });
    }
    // Greetings arrive in the order the tasks finish.
    while let Some(greeting) = set.join_next().await {
        println!("{}", greeting.unwrap());
    }
}
