use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = oneshot::channel::<String>();
    let worker = tokio::spawn(async move {
        let mut steps = 0;
        while !tx.is_closed() {
            steps += 1;
            sleep(Duration::from_millis(25)).await;
            if steps == 10 {
                let _ = tx.send("finished".into());
                return steps;
            }
        }
        steps
    });
    let r = tokio::time::timeout(Duration::from_millis(110), rx).await;
    println!("timed out: {}", r.is_err());
    let steps = worker.await.unwrap();
    println!("worker noticed the receiver was gone after {steps} steps at {} ms", start.elapsed().as_millis());
}
