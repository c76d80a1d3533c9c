// fails: stdout, no loop_without_yield, no warnings
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tokio::task::yield_now;

async fn crunch(done: Arc<AtomicU32>) -> u64 {
    let mut total: u64 = 0;
    for batch in 1..=5u64 {
        total += (0..batch * 10_000).map(|n| n % 7).sum::<u64>();
        println!("batch {batch} done");
        done.store(batch as u32, Ordering::SeqCst);
        yield_now();
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
