// fails: virtual time, no missing_await, no warnings
use std::future::Future;
use std::time::Duration;

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    async move {
        tokio::time::sleep(Duration::from_millis(ms));
        format!("{name} after {ms} ms")
    }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
