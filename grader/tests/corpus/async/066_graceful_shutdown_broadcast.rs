use tokio::sync::broadcast;
use tokio::time::{sleep, Duration, Instant};

async fn worker(id: u32, mut shutdown: broadcast::Receiver<()>, start: Instant) -> u32 {
    let mut done = 0;
    loop {
        tokio::select! {
            biased;
            _ = shutdown.recv() => {
                println!("worker {id} shutting down after {done} units at {} ms", start.elapsed().as_millis());
                return done;
            }
            _ = sleep(Duration::from_millis(30 * id as u64)) => done += 1,
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, _) = broadcast::channel(1);
    let handles: Vec<_> = (1..=3).map(|id| tokio::spawn(worker(id, tx.subscribe(), start))).collect();
    sleep(Duration::from_millis(200)).await;
    println!("sending shutdown to {} workers", tx.receiver_count());
    tx.send(()).unwrap();
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("total units {total} at {} ms", start.elapsed().as_millis());
}
