use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    sleep(Duration::from_millis(1500)).await;
    println!("{:?}", start.elapsed());
    sleep(Duration::from_micros(2500)).await;
    println!("{:?}", start.elapsed());
    sleep(Duration::from_secs(60)).await;
    let e = start.elapsed();
    println!("{:?} = {} s = {} ms", e, e.as_secs(), e.as_millis());
    let deadline = start + Duration::from_secs(100);
    println!("{:?} left", deadline - Instant::now());
    println!("{:?}", Instant::now().checked_duration_since(deadline));
    tokio::time::advance(Duration::from_millis(250)).await;
    println!("after advance: {:?}", start.elapsed());
}
