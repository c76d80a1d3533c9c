use tokio::task::{self, JoinHandle};
use tokio::time::{self, error::Elapsed, Duration};

async fn compute(x: u64) -> u64 {
    time::sleep(Duration::from_millis(x)).await;
    x * 2
}

#[tokio::main]
async fn main() {
    let h: JoinHandle<u64> = task::spawn(compute(20));
    println!("{}", h.await.unwrap());
    let r: Result<u64, Elapsed> = time::timeout(Duration::from_millis(5), compute(50)).await;
    match r {
        Ok(v) => println!("value {v}"),
        Err(e) => println!("elapsed: {e}"),
    }
    let blocking: JoinHandle<String> = task::spawn_blocking(|| "from a blocking thread".to_uppercase());
    println!("{}", blocking.await.unwrap());
    task::yield_now().await;
    println!("{:?}", tokio::time::Instant::now().elapsed());
}
