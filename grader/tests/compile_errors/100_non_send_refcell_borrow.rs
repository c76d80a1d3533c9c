use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let cell = RefCell::new(vec![1]);
        let mut v = cell.borrow_mut();
        tokio::time::sleep(Duration::from_millis(1)).await;
        v.push(2);
    });
    handle.await.unwrap();
    let _ = Arc::new(0);
}
