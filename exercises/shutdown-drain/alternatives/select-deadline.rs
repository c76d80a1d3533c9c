use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};
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
    let deadline = sleep(Duration::from_millis(500));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            joined = workers.join_next() => {
                if joined.is_none() {
                    break;
                }
            }
            _ = &mut deadline => {
                println!("deadline passed, aborting {} worker(s)", workers.len());
                workers.abort_all();
                while workers.join_next().await.is_some() {}
                break;
            }
        }
    }
    println!("exit at {} ms", start.elapsed().as_millis());
}
