use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let shared = Arc::new(5);
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{}", shared);
    });
    handle.await.unwrap();
    let items = Arc::new(Mutex::new(Vec::new()));
    let items2 = items.clone();
    let handle = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        items2.lock().unwrap().push(1);
    });
    handle.await.unwrap();
    println!("{:?}", items.lock().unwrap());
}
