use tokio::time::{sleep, Duration, Instant};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn work(name: &'static str, ms: u64) -> &'static str {
    let _guard = Noisy(name);
    println!("{name} started");
    sleep(Duration::from_millis(ms)).await;
    println!("{name} finished");
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let winner = tokio::select! {
        biased;
        a = work("fast", 100) => a,
        b = work("slow", 500) => b,
    };
    println!("winner {winner} at {} ms", start.elapsed().as_millis());
    sleep(Duration::from_millis(1000)).await;
    println!("the slow branch never finished; now {} ms", start.elapsed().as_millis());
}
