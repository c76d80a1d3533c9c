use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let pages = ["the cat sat", "the dog sat down", "a cat and a dog"];
    let counts: Arc<Mutex<BTreeMap<String, u32>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let mut set = tokio::task::JoinSet::new();
    for page in pages {
        let counts = Arc::clone(&counts);
        set.spawn(async move {
            // Count this page without the lock, then merge it in one short critical section.
            let mut local: BTreeMap<&str, u32> = BTreeMap::new();
            for word in page.split_whitespace() {
                *local.entry(word).or_insert(0) += 1;
            }
            if let Ok(mut map) = counts.lock() {
                for (word, n) in local {
                    *map.entry(word.to_string()).or_insert(0) += n;
                }
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        });
    }
    while let Some(done) = set.join_next().await {
        done.unwrap();
    }
    let lines: Vec<String> = counts.lock().unwrap().iter().map(|(w, n)| format!("{w}: {n}")).collect();
    println!("{}", lines.join("\n"));
}
