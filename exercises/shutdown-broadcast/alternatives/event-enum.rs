use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::{interval, sleep};

enum Event {
    Tick,
    Shutdown,
}

async fn worker(name: &'static str, mut shutdown: broadcast::Receiver<()>) {
    let mut every = interval(Duration::from_millis(100));
    loop {
        let event = tokio::select! {
            _ = every.tick() => Event::Tick,
            _ = shutdown.recv() => Event::Shutdown,
        };
        match event {
            Event::Tick => println!("{name} working"),
            Event::Shutdown => break,
        }
    }
    println!("{name} stopping");
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
