use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn print_job(printer: Arc<Mutex<()>>, name: &str, pages: u32) {
    let guard = printer.lock().await;
    let mut page = 1;
    while page <= pages {
        println!("{}: page {}", name, page);
        tokio::time::sleep(Duration::from_millis(10)).await;
        page += 1;
    }
    drop(guard);
}

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    let a = tokio::spawn(print_job(Arc::clone(&printer), "report", 3));
    let b = tokio::spawn(print_job(Arc::clone(&printer), "invoice", 2));
    a.await.unwrap();
    b.await.unwrap();
}
