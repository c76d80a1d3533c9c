// fails: outcome, stdout, no non_send_across_await, no warnings
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let names = Rc::new(vec!["Ada", "Grace"]);
    let mut handles = Vec::new();
    for (id, delay) in [(1u64, 30u64), (2, 10)] {
        let names = Rc::clone(&names);
        handles.push(tokio::spawn(async move {
            // Copying the list out first does not help: the task itself still owns the `Rc`.
            let names: Vec<&str> = names.to_vec();
            tokio::time::sleep(Duration::from_millis(delay)).await;
            format!("task {id} greets {}", names.join(" and "))
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
