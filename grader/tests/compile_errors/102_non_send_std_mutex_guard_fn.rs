use std::sync::{Arc, Mutex};

async fn save(n: u32) {
    println!("saving {n}");
}

async fn bump(counter: Arc<Mutex<u32>>) {
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    save(*guard).await;
}

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    tokio::spawn(bump(counter.clone())).await.unwrap();
}
