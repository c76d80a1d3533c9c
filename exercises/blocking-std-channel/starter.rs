use std::time::Duration;
// TODO: this channel's `recv` blocks the thread.
use std::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    tokio::spawn(async move {
        for reading in [17, 19, 23] {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(reading).unwrap();
        }
    });
    while let Ok(reading) = rx.recv() {
        println!("reading {reading}");
    }
    println!("sensor done");
}
