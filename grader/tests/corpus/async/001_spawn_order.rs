use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let h = tokio::spawn(async {
        sleep(Duration::from_millis(100)).await;
        panic!("task failed");
    });
    println!("spawned");
    let r = h.await;
    println!("{} ms, panic={}", start.elapsed().as_millis(), r.as_ref().unwrap_err().is_panic());
    r.unwrap();
}
