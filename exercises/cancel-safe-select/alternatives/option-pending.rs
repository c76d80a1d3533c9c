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
    let mut first: Option<u32> = None;
    loop {
        tokio::select! {
            message = rx.recv() => {
                let Some(n) = message else { break };
                match first.take() {
                    Some(a) => println!("pair ({a}, {n})"),
                    None => first = Some(n),
                }
            }
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("done");
}
