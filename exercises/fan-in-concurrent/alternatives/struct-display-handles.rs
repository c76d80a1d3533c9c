use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, Instant};

async fn read_sensor(name: &str, ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    name.len() as u32 * 7
}

struct Reading {
    name: &'static str,
    value: u32,
}

impl std::fmt::Display for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.value)
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sensors = [("boiler", 1000), ("attic", 600), ("garage", 800)];
    let (tx, mut rx) = mpsc::channel(1);
    let mut handles = Vec::new();
    for (name, ms) in sensors {
        let tx = tx.clone();
        handles.push(tokio::spawn(async move {
            let value = read_sensor(name, ms).await;
            tx.send(Reading { name, value }).await.unwrap();
        }));
    }
    drop(tx);
    while let Some(reading) = rx.recv().await {
        println!("{reading} at {} ms", start.elapsed().as_millis());
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("all sensors read");
}
