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
    // TODO: read the sensors at the same time, each in a task sending into one channel.
    for (name, ms) in sensors {
        let value = read_sensor(name, ms).await;
        println!("{name}: {value} at {} ms", start.elapsed().as_millis());
    }
    println!("all sensors read");
}
