use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

async fn slow_square(n: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100 * n)).await;
    n * n
}

async fn answer(n: u64, reply: oneshot::Sender<u64>) {
    let value = slow_square(n).await;
    if reply.send(value).is_err() {
        println!("nobody is waiting for {n}²");
    }
}

fn start_lookup(n: u64) -> oneshot::Receiver<u64> {
    let (reply, receiver) = oneshot::channel::<u64>();
    tokio::spawn(answer(n, reply));
    receiver
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
