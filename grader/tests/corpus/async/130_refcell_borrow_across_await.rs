use std::cell::RefCell;
use tokio::time::{sleep, Duration};

async fn append(log: &RefCell<Vec<String>>, who: &str, ms: u64) {
    let mut entries = log.borrow_mut();
    entries.push(format!("{who} start"));
    sleep(Duration::from_millis(ms)).await;
    entries.push(format!("{who} end"));
}

#[tokio::main]
async fn main() {
    let log = RefCell::new(Vec::new());
    append(&log, "solo", 10).await;
    println!("{:?}", log.borrow());
    tokio::join!(append(&log, "a", 50), append(&log, "b", 10));
    println!("unreachable");
}
