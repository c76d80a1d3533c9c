// fails: virtual time
// checks only: polling `try_recv()` once per tick notices the signal only at the next tick (300 and 350 ms); only the time shows it
use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::{interval, sleep};

async fn worker(name: &'static str, mut shutdown: broadcast::Receiver<()>) {
    let mut every = interval(Duration::from_millis(100));
    loop {
        every.tick().await;
        if shutdown.try_recv().is_ok() {
            println!("{name} stopping");
            return;
        }
        println!("{name} working");
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
