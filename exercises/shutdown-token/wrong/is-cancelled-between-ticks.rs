// fails: stdout, virtual time
// checks only: checking `is_cancelled()` only after each tick notices the signal up to 100 ms late; only the time (and the extra job) show it
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{interval, sleep};
use tokio_util::sync::CancellationToken;

async fn worker(id: u32, token: CancellationToken) {
    let mut every = interval(Duration::from_millis(100));
    let mut jobs = 0;
    while !token.is_cancelled() {
        every.tick().await;
        jobs += 1;
    }
    println!("worker {id}: {jobs} jobs");
}

#[tokio::main]
async fn main() {
    let token = CancellationToken::new();
    let mut workers = JoinSet::new();
    for id in 1..=3 {
        workers.spawn(worker(id, token.clone()));
    }
    sleep(Duration::from_millis(350)).await;
    token.cancel();
    while let Some(result) = workers.join_next().await {
        result.unwrap();
    }
    println!("all workers stopped");
}
