// fails: outcome, stdout, no std_mutex_guard_across_await, no warnings
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let pages = ["the cat sat", "the dog sat down", "a cat and a dog"];
    let counts: Arc<Mutex<BTreeMap<String, u32>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let mut handles = Vec::new();
    for page in pages {
        let counts = Arc::clone(&counts);
        handles.push(tokio::spawn(async move {
            let mut map = counts.lock().unwrap();
            for word in page.split_whitespace() {
                *map.entry(word.to_string()).or_insert(0) += 1;
            }
            drop(map); // rustc still sees `map` in scope at the await below
            tokio::time::sleep(Duration::from_millis(10)).await;
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    for (word, n) in counts.lock().unwrap().iter() {
        println!("{word}: {n}");
    }
}
