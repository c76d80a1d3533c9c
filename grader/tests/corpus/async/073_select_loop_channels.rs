use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<&'static str>(4);
    tokio::spawn(async move {
        for (ms, msg) in [(120, "hello"), (150, "world"), (400, "bye")] {
            sleep(Duration::from_millis(ms)).await;
            if tx.send(msg).await.is_err() {
                break;
            }
        }
    });
    let mut heartbeat = interval(Duration::from_millis(100));
    let deadline = sleep(Duration::from_millis(600));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            biased;
            _ = &mut deadline => {
                println!("deadline at {} ms", start.elapsed().as_millis());
                break;
            }
            msg = rx.recv() => match msg {
                Some(m) => println!("message {m:?} at {} ms", start.elapsed().as_millis()),
                None => {
                    println!("sender gone at {} ms", start.elapsed().as_millis());
                    break;
                }
            },
            _ = heartbeat.tick() => println!("heartbeat at {} ms", start.elapsed().as_millis()),
        }
    }
}
