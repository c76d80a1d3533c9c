// fails: outcome, stdout, no warnings
use std::sync::mpsc::{self, TryRecvError};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    tokio::spawn(async move {
        for reading in [17, 19, 23] {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(reading).unwrap();
        }
    });
    loop {
        match rx.try_recv() {
            Ok(reading) => println!("reading {reading}"),
            Err(TryRecvError::Empty) => continue,
            Err(TryRecvError::Disconnected) => break,
        }
    }
    println!("sensor done");
}
