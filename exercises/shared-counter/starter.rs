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
            // TODO: add every word of `page` to the shared map.
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
