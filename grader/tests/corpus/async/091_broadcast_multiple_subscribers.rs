use tokio::sync::broadcast;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, _) = broadcast::channel::<u32>(8);
    let mut handles = Vec::new();
    for (name, delay) in [("fast", 10u64), ("slow", 70)] {
        let mut rx = tx.subscribe();
        handles.push(tokio::spawn(async move {
            let mut got = Vec::new();
            while let Ok(v) = rx.recv().await {
                sleep(Duration::from_millis(delay)).await;
                got.push(v);
            }
            println!("{name} received {got:?}, finished at {} ms", start.elapsed().as_millis());
        }));
    }
    for i in 1..=4 {
        let n = tx.send(i).unwrap();
        println!("sent {i} to {n} at {} ms", start.elapsed().as_millis());
        sleep(Duration::from_millis(20)).await;
    }
    drop(tx);
    for h in handles {
        h.await.unwrap();
    }
}
