use std::future::Future;
use std::time::Duration;
use tokio::time::{sleep_until, Instant};

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    let delay = Duration::from_millis(ms);
    async move {
        let deadline = Instant::now() + delay;
        sleep_until(deadline).await;
        format!("{name} after {} ms", delay.as_millis())
    }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
