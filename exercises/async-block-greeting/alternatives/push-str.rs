use std::future::Future;
use tokio::time::{sleep, Duration};

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    async move {
        sleep(Duration::from_millis(ms)).await;
        let mut label = name;
        label.push_str(" after ");
        label.push_str(&ms.to_string());
        label.push_str(" ms");
        label
    }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
