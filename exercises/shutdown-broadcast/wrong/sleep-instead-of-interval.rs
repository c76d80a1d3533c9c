// fails: stdout
// checks only: a fresh `sleep` each iteration starts the first job 100 ms late instead of at once; only the missing lines show it
use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::sleep;

async fn worker(name: &'static str, mut shutdown: broadcast::Receiver<()>) {
    loop {
        tokio::select! {
            _ = shutdown.recv() => {
                println!("{name} stopping");
                return;
            }
            _ = sleep(Duration::from_millis(100)) => println!("{name} working"),
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
