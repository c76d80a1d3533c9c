use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout, Instant};
use tokio_util::sync::CancellationToken;

async fn worker(id: u64, job_ms: u64, token: CancellationToken, start: Instant) {
    while !token.is_cancelled() {
        sleep(Duration::from_millis(job_ms)).await;
    }
    println!("worker {id} saved at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let token = CancellationToken::new();
    let mut workers = JoinSet::new();
    for (id, job_ms) in [(1, 150), (2, 400), (3, 2_000)] {
        workers.spawn(worker(id, job_ms, token.clone(), start));
    }
    sleep(Duration::from_millis(100)).await;
    token.cancel();
    // TODO: wait for the workers, at most 500 ms, then abort the rest.
    println!("exit at {} ms", start.elapsed().as_millis());
}
