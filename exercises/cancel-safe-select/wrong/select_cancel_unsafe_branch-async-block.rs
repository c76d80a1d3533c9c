// fails: stdout, no select_cancel_unsafe_branch, no warnings
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
        tokio::select! {
            pair = async {
                let a = rx.recv().await?;
                let b = rx.recv().await?;
                Some((a, b))
            } => match pair {
                Some((a, b)) => println!("pair ({a}, {b})"),
                None => break,
            },
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("done");
}
