use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let log = Arc::new(Mutex::new(Vec::new()));
    let guard = log.lock().await;
    let mut handles = Vec::new();
    for name in ["first", "second", "third"] {
        let log = log.clone();
        handles.push(tokio::spawn(async move {
            println!("{name} waits for the lock");
            let mut l = log.lock().await;
            println!("{name} got the lock at {} ms", start.elapsed().as_millis());
            l.push(name);
            sleep(Duration::from_millis(50)).await;
        }));
    }
    sleep(Duration::from_millis(100)).await;
    println!("main releases the lock");
    drop(guard);
    for h in handles {
        h.await.unwrap();
    }
    println!("{:?} at {} ms", log.lock().await, start.elapsed().as_millis());
    println!("try_lock: {}", log.try_lock().is_ok());
}
