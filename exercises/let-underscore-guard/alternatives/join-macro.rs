use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn print_job(printer: &Mutex<()>, name: &str, pages: u32) {
    let _printer_is_mine = printer.lock().await;
    for page in 1..=pages {
        println!("{name}: page {page}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    tokio::join!(print_job(&printer, "report", 3), print_job(&printer, "invoice", 2));
}
