use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tokio::task::yield_now;

async fn crunch(done: Arc<AtomicU32>) -> u64 {
    let mut total = 0u64;
    let mut batch = 0u64;
    while batch < 5 {
        batch += 1;
        let mut sum = 0;
        for n in 0..batch * 10_000 {
            sum += n % 7;
        }
        total += sum;
        println!("batch {batch} done");
        done.store(batch as u32, Ordering::SeqCst);
        tokio::task::yield_now().await;
    }
    total
}

async fn report(done: Arc<AtomicU32>) {
    let mut last = 0;
    while last < 5 {
        let now = done.load(Ordering::SeqCst);
        if now != last {
            println!("progress: {now} of 5");
            last = now;
        }
        yield_now().await;
    }
}

#[tokio::main]
async fn main() {
    let done = Arc::new(AtomicU32::new(0));
    let reporter = tokio::spawn(report(Arc::clone(&done)));
    let cruncher = tokio::spawn(crunch(Arc::clone(&done)));
    let total = cruncher.await.unwrap();
    reporter.await.unwrap();
    println!("total {total}");
}
