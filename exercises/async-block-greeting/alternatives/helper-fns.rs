use std::future::Future;
use std::time::Duration;

fn label(name: &str, ms: u64) -> String {
    format!("{} after {} ms", name, ms)
}

async fn pause(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await
}

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    async move {
        pause(ms).await;
        label(&name, ms)
    }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
