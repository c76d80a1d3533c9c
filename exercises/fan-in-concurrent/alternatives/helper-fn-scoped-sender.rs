use std::time::Duration;
use tokio::sync::mpsc::{self, Sender};
use tokio::time::{sleep, Instant};

async fn read_sensor(name: &str, ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    name.len() as u32 * 7
}

fn spawn_sensor(name: &'static str, ms: u64, tx: Sender<(&'static str, u32)>) {
    tokio::spawn(async move {
        let value = read_sensor(name, ms).await;
        tx.send((name, value)).await.expect("main stopped listening");
    });
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sensors = [("boiler", 1000), ("attic", 600), ("garage", 800)];
    let mut rx = {
        let (tx, rx) = mpsc::channel(sensors.len());
        for (name, ms) in sensors {
            spawn_sensor(name, ms, tx.clone());
        }
        rx
    };
    while let Some((name, value)) = rx.recv().await {
        let elapsed = start.elapsed().as_millis();
        println!("{}: {} at {} ms", name, value, elapsed);
    }
    println!("all sensors read");
}
