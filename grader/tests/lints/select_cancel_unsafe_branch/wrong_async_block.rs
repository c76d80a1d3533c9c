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
    loop {
        tokio::select! {
            pair = async { //~ select_cancel_unsafe_branch
                let a = rx.recv().await?;
                let b = rx.recv().await?;
                Some((a, b))
            } => match pair {
                Some((a, b)) => println!("pair ({a}, {b})"),
                None => break,
            },
            _ = status.tick() => println!("status"),
        }
    }
}
