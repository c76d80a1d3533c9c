// fails: outcome, stdout, virtual time, no spawn_borrows_local, no warnings
use std::future::Future;
use std::time::Duration;

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    async {
        tokio::time::sleep(Duration::from_millis(ms)).await;
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
