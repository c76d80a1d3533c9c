use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

async fn log(cell: Arc<RefCell<Vec<u32>>>) {
    let mut items = cell.borrow_mut();
    tokio::time::sleep(Duration::from_millis(10)).await;
    items.push(1);
}

#[tokio::main]
async fn main() {
    let cell = Arc::new(RefCell::new(Vec::new()));
    let handle = tokio::spawn(log(cell.clone())); //~ non_send_across_await
    handle.await.unwrap();
}
