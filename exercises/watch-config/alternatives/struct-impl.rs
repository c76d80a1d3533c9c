use std::time::Duration;
use tokio::sync::watch;

struct Follower {
    rx: watch::Receiver<&'static str>,
}

impl Follower {
    async fn next(&mut self) -> Option<&'static str> {
        self.rx.changed().await.ok()?;
        Some(*self.rx.borrow_and_update())
    }
}

async fn follow(rx: watch::Receiver<&'static str>) {
    println!("level is {} at start", *rx.borrow());
    let mut follower = Follower { rx };
    while let Some(level) = follower.next().await {
        println!("level is now {level:>0}");
    }
    println!("config closed");
}

#[tokio::main]
async fn main() {
    let (tx, rx) = watch::channel("info");
    let worker = tokio::spawn(follow(rx));
    tokio::time::sleep(Duration::from_millis(100)).await;
    tx.send("debug").unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    tx.send("warn").unwrap();
    tx.send("error").unwrap(); // replaces "warn" before the worker looks
    tokio::time::sleep(Duration::from_millis(100)).await;
    drop(tx);
    worker.await.unwrap();
}
