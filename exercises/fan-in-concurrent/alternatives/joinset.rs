use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn read_sensor(name: &str, ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    name.len() as u32 * 7
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sensors = [("boiler", 1000), ("attic", 600), ("garage", 800)];
    let (tx, mut rx) = mpsc::channel(3);
    let mut tasks = JoinSet::new();
    for (name, ms) in sensors {
        let tx = tx.clone();
        tasks.spawn(async move {
            let value = read_sensor(name, ms).await;
            tx.send((name, value)).await.unwrap();
        });
    }
    drop(tx);
    while let Some((name, value)) = rx.recv().await {
        println!("{name}: {value} at {} ms", start.elapsed().as_millis());
    }
    while let Some(result) = tasks.join_next().await {
        result.unwrap();
    }
    println!("all sensors read");
}
