use std::sync::Arc;
use tokio::sync::Mutex;

fn bump(counter: &Arc<Mutex<u32>>) {
    let mut n = counter.lock().await;
    *n += 1;
}

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    bump(&counter);
    println!("{}", *counter.lock().await);
}
