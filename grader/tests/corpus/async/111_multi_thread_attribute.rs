use tokio::time::{sleep, Duration, Instant};

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let start = Instant::now();
    let mut handles = Vec::new();
    for i in 0..3u64 {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(100 * (3 - i))).await;
            i
        }));
    }
    let mut order = Vec::new();
    for h in handles {
        order.push(h.await.unwrap());
    }
    println!("{order:?} after {} ms", start.elapsed().as_millis());
}
