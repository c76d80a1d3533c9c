use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{interval, sleep};
use tokio_util::sync::CancellationToken;

struct Worker {
    id: u32,
    jobs: u32,
    token: CancellationToken,
}

impl Worker {
    fn do_job(&mut self) {
        self.jobs += 1;
    }

    async fn run(mut self) {
        let mut every = interval(Duration::from_millis(100));
        while !self.token.is_cancelled() {
            tokio::select! {
                _ = self.token.cancelled() => {}
                _ = every.tick() => self.do_job(),
            }
        }
        println!("worker {}: {} jobs", self.id, self.jobs);
    }
}

async fn worker(id: u32, token: CancellationToken) {
    Worker { id, jobs: 0, token }.run().await;
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
