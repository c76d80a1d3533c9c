// fails: stdout, no let_underscore_guard, no warnings
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn print_job(printer: Arc<Mutex<()>>, name: &str, pages: u32) {
    // Without `let _ =`, the guard is still a temporary dropped at the end of the statement.
    printer.lock().await;
    for page in 1..=pages {
        println!("{name}: page {page}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    let a = tokio::spawn(print_job(Arc::clone(&printer), "report", 3));
    let b = tokio::spawn(print_job(Arc::clone(&printer), "invoice", 2));
    a.await.unwrap();
    b.await.unwrap();
}
