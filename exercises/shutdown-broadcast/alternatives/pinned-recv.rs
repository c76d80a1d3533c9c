use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::{interval, sleep};

async fn worker(name: &'static str, mut shutdown: broadcast::Receiver<()>) {
    let mut every = interval(Duration::from_millis(100));
    // One receive for the whole loop: created once, polled on every iteration.
    let stop = shutdown.recv();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            biased;
            result = &mut stop => {
                if let Err(e) = result {
                    println!("{name}: {e}");
                }
                println!("{name} stopping");
                return;
            }
            _ = every.tick() => println!("{name} working"),
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel(1);
    let a = tokio::spawn(worker("indexer", tx.subscribe()));
    sleep(Duration::from_millis(50)).await;
    let b = tokio::spawn(worker("mailer", tx.subscribe()));
    sleep(Duration::from_millis(220)).await;
    tx.send(()).unwrap();
    a.await.unwrap();
    b.await.unwrap();
    println!("shutdown complete");
}
