use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

// The receiver travels into the future and back out, so the future can live across
// iterations: it is created once per pair, outside the `select!`, and only paused
// (never dropped) when the status branch wins.
async fn next_pair(mut rx: mpsc::Receiver<u32>) -> (Option<(u32, u32)>, mpsc::Receiver<u32>) {
    let Some(first) = rx.recv().await else { return (None, rx) };
    let Some(second) = rx.recv().await else { return (None, rx) };
    (Some((first, second)), rx)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        for n in 1..=6 {
            tx.send(n).await.unwrap();
            sleep(Duration::from_millis(100)).await;
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    let mut pair_future = Box::pin(next_pair(rx));
    loop {
        tokio::select! {
            (pair, rx) = &mut pair_future => match pair {
                Some((a, b)) => {
                    println!("pair ({a}, {b})");
                    pair_future.set(next_pair(rx));
                }
                None => break,
            },
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("done");
}
