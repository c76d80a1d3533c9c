use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

type Job = Pin<Box<dyn Future<Output = String> + Send>>;

fn job(name: &'static str, ms: u64) -> Job {
    Box::pin(async move {
        sleep(Duration::from_millis(ms)).await;
        format!("{name}@{ms}")
    })
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut jobs: Vec<Job> = vec![job("a", 300), job("b", 100)];
    jobs.push(Box::pin(async { "inline".to_string() }));
    let results = futures::future::join_all(jobs).await;
    println!("{results:?} at {} ms", start.elapsed().as_millis());
    let spawned: Vec<_> = vec![job("x", 50), job("y", 20)].into_iter().map(tokio::spawn).collect();
    for h in spawned {
        println!("{} at {} ms", h.await.unwrap(), start.elapsed().as_millis());
    }
}
