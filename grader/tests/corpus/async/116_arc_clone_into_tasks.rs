use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Config {
    base_url: String,
    retries: u32,
}

#[tokio::main]
async fn main() {
    let config = Arc::new(Config { base_url: "https://api.example".into(), retries: 2 });
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let mut handles = Vec::new();
    for path in ["users", "orders", "items"] {
        let config = Arc::clone(&config);
        let results = Arc::clone(&results);
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(path.len() as u64 * 10)).await;
            let url = format!("{}/{}?retries={}", config.base_url, path, config.retries);
            results.lock().unwrap().insert(path, url);
            Arc::strong_count(&config)
        }));
    }
    let mut counts = Vec::new();
    for h in handles {
        counts.push(h.await.unwrap());
    }
    println!("strong counts seen by tasks: {counts:?}");
    println!("strong count now: {}", Arc::strong_count(&config));
    for (k, v) in results.lock().unwrap().iter() {
        println!("{k}: {v}");
    }
}
