use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    let mut handles = Vec::new();
    for i in 0..2 {
        let printer = printer.clone();
        handles.push(tokio::spawn(async move {
            let _ = printer.lock().await; //~ let_underscore_guard
            println!("task {i} line 1");
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("task {i} line 2");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
