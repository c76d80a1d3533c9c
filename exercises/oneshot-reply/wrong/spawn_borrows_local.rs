// fails: outcome, stdout, no warnings
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

async fn slow_square(n: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100 * n)).await;
    n * n
}

fn start_lookup(n: u64) -> oneshot::Receiver<u64> {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async {
        let value = slow_square(n).await;
        let _ = tx.send(value);
    });
    rx
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let two = start_lookup(2);
    let three = start_lookup(3);
    println!("both lookups started");
    let a = two.await.unwrap();
    let b = three.await.unwrap();
    println!("2² = {a}, 3² = {b} after {} ms", start.elapsed().as_millis());
}
