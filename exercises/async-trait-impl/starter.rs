use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

trait Storage {
    async fn load(&self, key: &str) -> Option<String>;
}

struct Memory {
    data: HashMap<String, String>,
}

impl Storage for Memory {
    async fn load(&self, key: &str) -> Option<String> {
        self.data.get(key).cloned()
    }
}

struct Remote {
    data: HashMap<String, String>,
    latency_ms: u64,
}

// TODO: implement `Storage` for `Remote`: wait `latency_ms`, then look the key up.
impl Storage for Remote {
    async fn load(&self, key: &str) -> Option<String> {
        None
    }
}

async fn describe<S: Storage>(name: &str, storage: &S, start: Instant) {
    for key in ["theme", "lang"] {
        let value = storage.load(key).await;
        println!("{name}.{key} = {value:?} at {} ms", start.elapsed().as_millis());
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let memory = Memory { data: HashMap::from([("theme".to_string(), "dark".to_string())]) };
    let remote = Remote { data: HashMap::from([("lang".to_string(), "fr".to_string())]), latency_ms: 250 };
    describe("memory", &memory, start).await;
    describe("remote", &remote, start).await;
}
