use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

enum Command {
    Put { key: String, value: u32 },
    Get { key: String, reply: oneshot::Sender<Option<u32>> },
}

async fn run_cache(mut inbox: mpsc::Receiver<Command>) {
    let mut entries = HashMap::new();
    while let Some(command) = inbox.recv().await {
        match command {
            Command::Put { key, value } => {
                entries.insert(key, value);
            }
            Command::Get { key, reply } => {
                let _ = reply.send(entries.get(&key).copied());
            }
        }
    }
}

#[derive(Clone)]
struct Cache {
    inbox: mpsc::Sender<Command>,
}

impl Cache {
    fn start() -> Cache {
        let (inbox, rx) = mpsc::channel(8);
        tokio::spawn(run_cache(rx));
        Cache { inbox }
    }

    async fn put(&self, key: &str, value: u32) {
        self.inbox.send(Command::Put { key: key.to_string(), value }).await.expect("cache stopped");
    }

    async fn get(&self, key: &str) -> Option<u32> {
        // TODO: send a `Get` with a oneshot reply channel, and await the answer.
        todo!()
    }
}

#[tokio::main]
async fn main() {
    let cache = Cache::start();
    let writer = {
        let cache = cache.clone();
        tokio::spawn(async move {
            cache.put("apples", 3).await;
            cache.put("pears", 5).await;
        })
    };
    writer.await.unwrap();
    println!("apples: {:?}", cache.get("apples").await);
    println!("plums: {:?}", cache.get("plums").await);
    cache.put("apples", 4).await;
    println!("apples: {:?}", cache.get("apples").await);
}
