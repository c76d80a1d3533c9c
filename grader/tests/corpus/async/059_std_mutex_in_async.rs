use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let stats = Arc::new(Mutex::new(BTreeMap::new()));
    let mut handles = Vec::new();
    for (name, ms) in [("b", 30u64), ("a", 10), ("c", 20)] {
        let stats = Arc::clone(&stats);
        handles.push(tokio::spawn(async move {
            for _ in 0..3 {
                sleep(Duration::from_millis(ms)).await;
                let mut map = stats.lock().unwrap();
                *map.entry(name).or_insert(0) += 1;
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let map = stats.lock().unwrap();
    println!("{:?}", *map);
    println!("total {}", map.values().sum::<i32>());
}
