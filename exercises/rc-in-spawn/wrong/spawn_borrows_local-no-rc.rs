// fails: outcome, stdout, no spawn_borrows_local, no warnings
use std::time::Duration;

#[tokio::main]
async fn main() {
    let names = vec!["Ada", "Grace"];
    let mut handles = Vec::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        // Without the `Rc`, the task borrows `names` (and `id`, `delay`) from `main`.
        handles.push(tokio::spawn(async {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            format!("task {id} greets {}", names.join(" and "))
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
