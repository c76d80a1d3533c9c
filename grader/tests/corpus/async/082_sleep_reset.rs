use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<&str>(8);
    tokio::spawn(async move {
        for (ms, key) in [(100, "h"), (150, "e"), (100, "y"), (500, "!")] {
            sleep(Duration::from_millis(ms)).await;
            tx.send(key).await.unwrap();
        }
    });
    let idle = sleep(Duration::from_millis(300));
    tokio::pin!(idle);
    let mut typed = String::new();
    loop {
        tokio::select! {
            biased;
            key = rx.recv() => {
                let Some(k) = key else { break };
                typed.push_str(k);
                println!("key {k:?} at {} ms", start.elapsed().as_millis());
                idle.as_mut().reset(Instant::now() + Duration::from_millis(300));
            }
            _ = &mut idle => {
                println!("idle for 300 ms at {} ms; saving {typed:?}", start.elapsed().as_millis());
                idle.as_mut().reset(Instant::now() + Duration::from_secs(3600));
            }
        }
    }
    println!("input closed at {} ms with {typed:?}", start.elapsed().as_millis());
}
