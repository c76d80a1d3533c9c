use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn print_job(printer: Arc<Mutex<()>>, name: &str) {
    printer.lock().await; //~ let_underscore_guard
    println!("{name}: page 1");
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("{name}: page 2");
}

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    let a = tokio::spawn(print_job(Arc::clone(&printer), "report"));
    let b = tokio::spawn(print_job(Arc::clone(&printer), "invoice"));
    a.await.unwrap();
    b.await.unwrap();
}
