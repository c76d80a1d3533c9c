use tokio::time::{sleep, Duration, Instant};

trait Fetcher {
    async fn fetch(&self, key: &str) -> String;

    async fn fetch_twice(&self, key: &str) -> (String, String) {
        let a = self.fetch(key).await;
        let b = self.fetch(key).await;
        (a, b)
    }
}

struct Cache;
struct Remote {
    latency_ms: u64,
}

impl Fetcher for Cache {
    async fn fetch(&self, key: &str) -> String {
        format!("cached:{key}")
    }
}

impl Fetcher for Remote {
    async fn fetch(&self, key: &str) -> String {
        sleep(Duration::from_millis(self.latency_ms)).await;
        format!("remote:{key}")
    }
}

async fn show<F: Fetcher>(f: &F, key: &str, start: Instant) {
    let (a, b) = f.fetch_twice(key).await;
    println!("{a} {b} at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    show(&Cache, "user", start).await;
    show(&Remote { latency_ms: 120 }, "user", start).await;
}
