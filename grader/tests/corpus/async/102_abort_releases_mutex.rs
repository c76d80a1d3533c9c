use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let resource = Arc::new(Mutex::new(String::from("free")));
    let holder = {
        let r = resource.clone();
        tokio::spawn(async move {
            let mut g = r.lock().await;
            *g = "held by task".into();
            sleep(Duration::from_secs(60)).await;
            *g = "never".into();
        })
    };
    sleep(Duration::from_millis(100)).await;
    println!("try_lock while held: {}", resource.try_lock().is_err());
    holder.abort();
    let _ = holder.await;
    let g = resource.lock().await;
    println!("after abort the lock is free again: {:?} at {} ms", *g, start.elapsed().as_millis());
}
