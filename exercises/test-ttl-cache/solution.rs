use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

struct Cache {
    ttl: Duration,
    entries: HashMap<String, (String, Instant)>,
}

impl Cache {
    fn new(ttl: Duration) -> Cache {
        Cache { ttl, entries: HashMap::new() }
    }

    fn put(&mut self, key: &str, value: &str) {
        self.entries.insert(key.to_string(), (value.to_string(), Instant::now()));
    }

    fn get(&self, key: &str) -> Option<&str> {
        let (value, stored) = self.entries.get(key)?;
        if stored.elapsed() < self.ttl { Some(value.as_str()) } else { None }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut cache = Cache::new(Duration::from_secs(60));
    cache.put("user:7", "Ada");
    assert_eq!(cache.get("user:7"), Some("Ada"));

    tokio::time::advance(Duration::from_secs(59)).await;
    assert_eq!(cache.get("user:7"), Some("Ada"), "still cached after 59 s");
    println!("fresh after 59 s");

    tokio::time::advance(Duration::from_secs(2)).await;
    assert_eq!(cache.get("user:7"), None, "expired after 61 s");
    println!("expired after 61 s");
}
