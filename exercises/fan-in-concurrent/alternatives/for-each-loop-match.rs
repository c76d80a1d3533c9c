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
    let (tx, mut rx) = mpsc::channel::<(&str, u32)>(3);
    sensors.into_iter().for_each(|(name, ms)| {
        let tx = tx.clone();
        tokio::spawn(async move {
            let value = read_sensor(name, ms).await;
            let _ = tx.send((name, value)).await;
        });
    });
    drop(tx);
    loop {
        match rx.recv().await {
            Some((name, value)) => {
                println!("{name}: {value} at {} ms", start.elapsed().as_millis())
            }
            None => break,
        }
    }
    println!("all sensors read");
}
