use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};

async fn print_pages(_turn: OwnedMutexGuard<()>, name: &str, pages: u32) {
    for page in 1..=pages {
        println!("{name}: page {page}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn print_job(printer: Arc<Mutex<()>>, name: &str, pages: u32) {
    let turn = printer.lock_owned().await;
    print_pages(turn, name, pages).await;
}

#[tokio::main]
async fn main() {
    let printer = Arc::new(Mutex::new(()));
    let jobs = [("report", 3), ("invoice", 2)].map(|(name, pages)| tokio::spawn(print_job(Arc::clone(&printer), name, pages)));
    for job in jobs {
        job.await.unwrap();
    }
}
