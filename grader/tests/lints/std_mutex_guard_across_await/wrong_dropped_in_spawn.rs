// `drop(guard)` releases the lock, but rustc's `Send` check is by scope:
// the guard's binding is still in scope at the await, so this is E0277.
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let list = Arc::new(Mutex::new(Vec::new()));
    let list2 = list.clone();
    let handle = tokio::spawn(async move { //~ std_mutex_guard_across_await
        let mut guard = list2.lock().unwrap();
        guard.push(3);
        drop(guard);
        tokio::time::sleep(Duration::from_millis(10)).await;
    });
    handle.await.unwrap();
    println!("{:?}", list.lock().unwrap());
}
