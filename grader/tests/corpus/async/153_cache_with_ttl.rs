use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

struct Cache {
    entries: RwLock<HashMap<String, (String, Instant)>>,
    ttl: Duration,
}

impl Cache {
    async fn get_or_load(&self, key: &str, start: Instant) -> String {
        if let Some((v, at)) = self.entries.read().await.get(key) {
            if at.elapsed() < self.ttl {
                return format!("{v} (hit)");
            }
        }
        sleep(Duration::from_millis(50)).await;
        let v = format!("{key}-v{}", start.elapsed().as_millis());
        self.entries.write().await.insert(key.to_string(), (v.clone(), Instant::now()));
        format!("{v} (loaded)")
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let cache = Arc::new(Cache { entries: RwLock::new(HashMap::new()), ttl: Duration::from_millis(200) });
    for step in 0..5 {
        let v = cache.get_or_load("user:1", start).await;
        println!("t={} ms: {v}", start.elapsed().as_millis());
        sleep(Duration::from_millis(if step == 2 { 250 } else { 40 })).await;
    }
}
