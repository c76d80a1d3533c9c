use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{interval, sleep};
use tokio_util::sync::CancellationToken;

async fn worker(id: u32, token: CancellationToken) {
    let mut every = interval(Duration::from_millis(100));
    let mut jobs: u64 = 0;
    // One `cancelled` future for the whole loop, polled again on every iteration.
    let stopped = token.cancelled_owned();
    tokio::pin!(stopped);
    loop {
        tokio::select! {
            biased;
            () = &mut stopped => break,
            _ = every.tick() => jobs += 1,
        }
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
