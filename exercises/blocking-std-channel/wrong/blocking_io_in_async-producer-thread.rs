// fails: no blocking_io_in_async, no warnings
use std::sync::mpsc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    // give the producer its own thread, so that it runs while `recv` blocks
    std::thread::spawn(move || {
        for reading in [17, 19, 23] {
            std::thread::sleep(Duration::from_millis(100));
            tx.send(reading).unwrap();
        }
    });
    while let Ok(reading) = rx.recv() {
        println!("reading {reading}");
    }
    println!("sensor done");
}
