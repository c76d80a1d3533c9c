use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{interval, sleep};
use tokio_util::sync::CancellationToken;

async fn worker(id: u32, token: CancellationToken) {
    let mut every = interval(Duration::from_millis(100));
    let mut jobs = 0;
    // TODO: do a job on every tick until the token is cancelled, then report.
    todo!()
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
