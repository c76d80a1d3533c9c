use tokio::time::{sleep_until, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let deadlines = [300u64, 100, 200];
    let mut handles = Vec::new();
    for ms in deadlines {
        handles.push(tokio::spawn(async move {
            sleep_until(start + Duration::from_millis(ms)).await;
            println!("woke for deadline {ms} at {} ms", start.elapsed().as_millis());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    sleep_until(start).await;
    println!("a deadline in the past returns at once: {} ms", start.elapsed().as_millis());
    let later = Instant::now() + Duration::from_secs(1);
    println!("{} ms until later", later.duration_since(Instant::now()).as_millis());
    sleep_until(later).await;
    println!("end at {} ms", start.elapsed().as_millis());
}
