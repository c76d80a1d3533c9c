// fails: virtual time
// checks only: the futures are awaited together, so the sleeps overlap (150 ms instead of 250 ms); awaiting them one after another is what `main` asks for
use std::future::Future;
use std::time::Duration;

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    async move {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        format!("{name} after {ms} ms")
    }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    let (a, b) = tokio::join!(first, second);
    println!("{a}\n{b}");
}
