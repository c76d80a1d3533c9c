use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for (gap, v) in [(50, 1), (80, 2), (250, 3), (60, 4)] {
            sleep(Duration::from_millis(gap)).await;
            tx.send(v).await.unwrap();
        }
        sleep(Duration::from_secs(1)).await;
    });
    let mut timeouts = 0;
    while timeouts < 2 {
        tokio::select! {
            biased;
            Some(v) = rx.recv() => println!("got {v} at {} ms", start.elapsed().as_millis()),
            _ = sleep(Duration::from_millis(200)) => {
                timeouts += 1;
                println!("no message for 200 ms (at {} ms)", start.elapsed().as_millis());
            }
        }
    }
    println!("stopping at {} ms", start.elapsed().as_millis());
}
