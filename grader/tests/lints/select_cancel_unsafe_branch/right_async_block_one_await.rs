use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::interval;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for n in 1..=4 {
            tx.send(n).await.unwrap();
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    let mut first = None;
    loop {
        tokio::select! {
            got = async { rx.recv().await.map(|n| n * 10) } => match (got, first.take()) {
                (Some(b), Some(a)) => println!("pair ({a}, {b})"),
                (Some(a), None) => first = Some(a),
                (None, _) => break,
            },
            _ = status.tick() => println!("status"),
        }
    }
}
