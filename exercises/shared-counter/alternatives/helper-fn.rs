use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn count_words(map: &mut BTreeMap<String, u32>, page: &str) {
    for word in page.split_whitespace() {
        map.entry(word.to_owned()).and_modify(|n| *n += 1).or_insert(1);
    }
}

#[tokio::main]
async fn main() {
    let pages = ["the cat sat", "the dog sat down", "a cat and a dog"];
    let counts: Arc<Mutex<BTreeMap<String, u32>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let mut handles = Vec::new();
    for page in pages {
        let counts = Arc::clone(&counts);
        handles.push(tokio::spawn(async move {
            // The guard is a temporary: it is dropped at the end of this statement.
            count_words(&mut counts.lock().unwrap(), page);
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
