use tokio::time::{sleep, timeout, Duration, Instant};

struct Transaction(&'static str);

impl Drop for Transaction {
    fn drop(&mut self) {
        println!("rolling back {}", self.0);
    }
}

async fn transfer(name: &'static str, ms: u64) -> &'static str {
    let tx = Transaction(name);
    println!("{name}: begin");
    sleep(Duration::from_millis(ms)).await;
    std::mem::forget(tx);
    println!("{name}: commit");
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{:?}", timeout(Duration::from_millis(100), transfer("t1", 50)).await);
    println!("{:?}", timeout(Duration::from_millis(100), transfer("t2", 500)).await.is_err());
    println!("at {} ms", start.elapsed().as_millis());
}
