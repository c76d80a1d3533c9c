// fails: stdout
// checks only: the guard is named and really held, but only for one page at a time, so the jobs still interleave; no lint can know how long the lock should last
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn print_job(printer: Arc<Mutex<()>>, name: &str, pages: u32) {
    for page in 1..=pages {
        let _turn = printer.lock().await;
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
