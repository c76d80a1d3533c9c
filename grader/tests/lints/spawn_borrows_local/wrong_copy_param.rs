use std::time::Duration;
use tokio::sync::oneshot;

async fn square(n: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(n)).await;
    n * n
}

fn start(n: u64) -> oneshot::Receiver<u64> {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async { //~ spawn_borrows_local
        let value = square(n).await;
        let _ = tx.send(value);
    });
    rx
}

#[tokio::main]
async fn main() {
    println!("{}", start(3).await.unwrap());
}
