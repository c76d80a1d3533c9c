use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

async fn next_pair(rx: &mut mpsc::Receiver<u32>) -> Option<(u32, u32)> {
    let first = rx.recv().await?;
    let second = rx.recv().await?;
    Some((first, second))
}

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
        tokio::select! {
            // TODO: when the status branch wins, this branch is dropped with a message inside.
            pair = next_pair(&mut rx) => match pair {
                Some((a, b)) => println!("pair ({a}, {b})"),
                None => break,
            },
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("done");
}
