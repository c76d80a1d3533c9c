use std::sync::{Arc, Mutex};

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let counter = counter.clone();
        handles.push(tokio::spawn(async move {
            *counter.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("{}", *counter.lock().unwrap());
}
