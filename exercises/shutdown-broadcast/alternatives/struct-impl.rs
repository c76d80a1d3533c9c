use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::{interval, sleep};

struct Worker {
    name: &'static str,
    shutdown: broadcast::Receiver<()>,
}

impl Worker {
    fn work(&self) {
        println!("{} working", self.name);
    }

    async fn run(mut self) {
        let mut every = interval(Duration::from_millis(100));
        let mut running = true;
        while running {
            tokio::select! {
                received = self.shutdown.recv() => {
                    // Ok(()) is the signal; Err means the sender is gone: stop either way.
                    let _ = received;
                    running = false;
                }
                _ = every.tick() => self.work(),
            }
        }
        println!("{} stopping", self.name);
    }
}

async fn worker(name: &'static str, shutdown: broadcast::Receiver<()>) {
    Worker { name, shutdown }.run().await
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
