use std::collections::HashMap;
use std::time::Duration;
use tokio::time;

struct Cache {
    ttl: Duration,
    entries: HashMap<String, (String, time::Instant)>,
}

impl Cache {
    fn new(ttl: Duration) -> Cache {
        Cache { ttl, entries: HashMap::new() }
    }

    fn put(&mut self, key: &str, value: &str) {
        self.entries.insert(key.to_string(), (value.to_string(), time::Instant::now()));
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .get(key)
            .filter(|(_, stored)| time::Instant::now().duration_since(*stored) < self.ttl)
            .map(|(value, _)| value.as_str())
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut cache = Cache::new(Duration::from_secs(60));
    cache.put("user:7", "Ada");
    assert_eq!(cache.get("user:7"), Some("Ada"));

    time::advance(Duration::from_secs(59)).await;
    assert_eq!(cache.get("user:7"), Some("Ada"), "still cached after 59 s");
    println!("fresh after 59 s");

    time::advance(Duration::from_secs(2)).await;
    assert_eq!(cache.get("user:7"), None, "expired after 61 s");
    println!("expired after 61 s");
}
