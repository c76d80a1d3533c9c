use std::time::Duration;
// TODO: an `Rc` may not be held across an `.await` in a spawned task.
use std::rc::Rc;

#[tokio::main]
async fn main() {
    let names = Rc::new(vec!["Ada", "Grace"]);
    let mut handles = Vec::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        let names = Rc::clone(&names);
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            format!("task {id} greets {}", names.join(" and "))
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
