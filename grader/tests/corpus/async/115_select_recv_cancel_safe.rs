use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        for i in 1..=5 {
            sleep(Duration::from_millis(70)).await;
            tx.send(i).await.unwrap();
        }
    });
    let mut received = Vec::new();
    let mut ticks = 0;
    loop {
        tokio::select! {
            biased;
            msg = rx.recv() => match msg {
                Some(v) => received.push(v),
                None => break,
            },
            _ = sleep(Duration::from_millis(50)) => ticks += 1,
        }
    }
    println!("received {received:?} with {ticks} idle ticks by {} ms", start.elapsed().as_millis());
}
