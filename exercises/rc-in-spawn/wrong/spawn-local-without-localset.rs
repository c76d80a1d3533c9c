// fails: outcome, stdout
// checks only: `spawn_local` accepts the `Rc`, but without a `LocalSet` tokio panics at the first spawn; no catalog code names that
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let names = Rc::new(vec!["Ada", "Grace"]);
    let mut handles = Vec::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        let names = Rc::clone(&names);
        handles.push(tokio::task::spawn_local(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            format!("task {id} greets {}", names.join(" and "))
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
