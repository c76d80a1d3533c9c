use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let queue = Arc::new(Mutex::new(VecDeque::new()));
    let notify = Arc::new(Notify::new());
    let consumer = {
        let queue = queue.clone();
        let notify = notify.clone();
        tokio::spawn(async move {
            let mut seen = 0;
            while seen < 5 {
                let item = queue.lock().unwrap().pop_front();
                match item {
                    Some(v) => {
                        seen += 1;
                        println!("consumed {v} at {} ms", start.elapsed().as_millis());
                    }
                    None => notify.notified().await,
                }
            }
        })
    };
    for batch in [vec![1, 2], vec![3], vec![4, 5]] {
        sleep(Duration::from_millis(100)).await;
        queue.lock().unwrap().extend(batch);
        notify.notify_one();
    }
    consumer.await.unwrap();
    println!("done at {} ms", start.elapsed().as_millis());
}
