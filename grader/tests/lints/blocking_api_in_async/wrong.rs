use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let data = Arc::new(Mutex::new(0));
    let mut guard = data.blocking_lock(); //~ blocking_api_in_async
    *guard += 1;
    println!("{}", *guard);
}
