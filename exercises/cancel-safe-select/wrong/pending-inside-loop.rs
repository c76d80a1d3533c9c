// fails: stdout
// checks only: `recv()` is used correctly, but the buffer is re-created every iteration; no lint can know where the pair should live
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        for n in 1..=6 {
            tx.send(n).await.unwrap();
            sleep(Duration::from_millis(100)).await;
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    loop {
        let mut pending: Vec<u32> = Vec::new();
        tokio::select! {
            message = rx.recv() => match message {
                Some(n) => {
                    pending.push(n);
                    if pending.len() == 2 {
                        println!("pair ({}, {})", pending[0], pending[1]);
                        pending.clear();
                    }
                }
                None => break,
            },
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("done");
}
