use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

/// A health check. Its `run` returns a boxed future, so checks of different types fit in one `Vec<Arc<dyn Check + ..>>`.
trait Check {
    fn name(&self) -> String;
    fn run(&self) -> Pin<Box<dyn Future<Output = bool> + Send + '_>>;
}

struct Ping {
    host: &'static str,
    latency_ms: u64,
}

struct Disk {
    mount: &'static str,
    free_gb: u64,
}

impl Check for Ping {
    fn name(&self) -> String {
        format!("ping {}", self.host)
    }

    fn run(&self) -> Pin<Box<dyn Future<Output = bool> + Send + '_>> {
        Box::pin(async move {
            sleep(Duration::from_millis(self.latency_ms)).await;
            self.latency_ms < 200
        })
    }
}

impl Check for Disk {
    fn name(&self) -> String {
        format!("disk {}", self.mount)
    }

    fn run(&self) -> Pin<Box<dyn Future<Output = bool> + Send + '_>> {
        Box::pin(async move {
            sleep(Duration::from_millis(50)).await;
            self.free_gb >= 10
        })
    }
}

/// Runs every check at the same time, each in a task of its own; prints each result and returns how many passed.
async fn run_all(checks: Vec<Arc<dyn Check + Send + Sync>>) -> usize {
    let mut set = JoinSet::new();
    for check in checks {
        set.spawn(async move {
            let ok = check.run().await;
            println!("{}: {}", check.name(), if ok { "ok" } else { "FAILED" });
            ok
        });
    }
    let mut passed = 0;
    while let Some(result) = set.join_next().await {
        if result.unwrap() {
            passed += 1;
        }
    }
    passed
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let checks: Vec<Arc<dyn Check + Send + Sync>> = vec![
        Arc::new(Ping { host: "db", latency_ms: 120 }),
        Arc::new(Disk { mount: "/", free_gb: 3 }),
        Arc::new(Ping { host: "cache", latency_ms: 300 }),
        Arc::new(Disk { mount: "/data", free_gb: 40 }),
    ];
    let passed = run_all(checks).await;
    println!("{passed} of 4 checks passed at {} ms", start.elapsed().as_millis());
}
