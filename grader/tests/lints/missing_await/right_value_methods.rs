use std::collections::HashMap;
use tokio::sync::mpsc;

struct Cache {
    entries: HashMap<String, u32>,
}

impl Cache {
    // An async method named like `HashMap::get`: `entries.get(..)` below is not it.
    async fn get(&self, key: &str) -> Option<u32> {
        tokio::task::yield_now().await;
        self.entries.get(key).copied()
    }
}

async fn load(id: u32) -> String {
    tokio::task::yield_now().await;
    format!("user {id}")
}

#[tokio::main]
async fn main() {
    let cache = Cache { entries: HashMap::from([("a".to_string(), 1)]) };
    println!("{}", cache.entries.get("a").unwrap());
    println!("{:?}", cache.get("a").await.unwrap());
    println!("{}", load(7).await);
    let (tx, mut rx) = mpsc::channel(8);
    tx.send(1).await.unwrap();
    drop(tx);
    println!("{}", rx.recv().await.is_some());
}
