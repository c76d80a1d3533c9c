use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

fn delayed_label(name: String, ms: u64) -> Pin<Box<dyn Future<Output = String>>> {
    Box::pin(async move {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        format!("{name} after {ms} ms")
    })
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
