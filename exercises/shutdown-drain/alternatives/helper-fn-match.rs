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

/// Waits for every worker until `limit` has passed, then aborts the rest;
/// returns how many had to be aborted.
async fn drain(workers: &mut JoinSet<()>, limit: Duration) -> usize {
    let finished = timeout(limit, async {
        while let Some(result) = workers.join_next().await {
            result.expect("worker panicked");
        }
    })
    .await;
    match finished {
        Ok(()) => 0,
        Err(_) => {
            let left = workers.len();
            workers.shutdown().await;
            left
        }
    }
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
    match drain(&mut workers, Duration::from_millis(500)).await {
        0 => println!("all workers saved"),
        aborted => println!("aborted {aborted} worker(s)"),
    }
    println!("exit at {} ms", start.elapsed().as_millis());
}
