// fails: stdout, virtual time, no sequential_awaits_not_concurrent, no warnings
use std::time::Duration;
use tokio::sync::mpsc;
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
    for (name, ms) in sensors {
        let tx = tx.clone();
        tokio::spawn(async move {
            let value = read_sensor(name, ms).await;
            tx.send((name, value)).await.unwrap();
        })
        .await
        .unwrap();
    }
    drop(tx);
    while let Some((name, value)) = rx.recv().await {
        println!("{name}: {value} at {} ms", start.elapsed().as_millis());
    }
    println!("all sensors read");
}
