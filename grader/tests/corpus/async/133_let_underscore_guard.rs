use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

async fn critical(name: &'static str, lock: Arc<Mutex<()>>, start: Instant) {
    let _ = lock.lock().await;
    println!("{name} enters at {} ms", start.elapsed().as_millis());
    sleep(Duration::from_millis(100)).await;
    println!("{name} leaves at {} ms", start.elapsed().as_millis());
}

async fn critical_held(name: &'static str, lock: Arc<Mutex<()>>, start: Instant) {
    let _guard = lock.lock().await;
    println!("{name} enters at {} ms", start.elapsed().as_millis());
    sleep(Duration::from_millis(100)).await;
    println!("{name} leaves at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let lock = Arc::new(Mutex::new(()));
    let start = Instant::now();
    println!("with `let _ =` the guard is dropped at once:");
    tokio::join!(critical("a", lock.clone(), start), critical("b", lock.clone(), start));
    let start = Instant::now();
    println!("with `let _guard =` it is held:");
    tokio::join!(critical_held("a", lock.clone(), start), critical_held("b", lock.clone(), start));
}
