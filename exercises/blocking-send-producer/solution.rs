use tokio::sync::mpsc::{self, Sender};

/// A sensor driver with a synchronous API: it reads the sensor and hands each value to `tx`.
/// It must stay a plain `fn` (the real driver calls it from its own thread).
fn read_sensor(tx: Sender<u32>) {
    for reading in [17, 18, 21, 19, 22] {
        tx.blocking_send(reading).unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(16);
    let driver = tokio::task::spawn_blocking(move || read_sensor(tx));

    let mut count = 0;
    let mut sum = 0;
    while let Some(reading) = rx.recv().await {
        println!("reading {reading}");
        count += 1;
        sum += reading;
    }
    driver.await.unwrap();
    println!("{count} readings, average {}", sum / count);
}
