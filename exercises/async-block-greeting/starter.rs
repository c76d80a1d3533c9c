use std::future::Future;
use std::time::Duration;

fn delayed_label(name: String, ms: u64) -> impl Future<Output = String> {
    // TODO: return an `async move` block that sleeps `ms` milliseconds,
    // then evaluates to "<name> after <ms> ms".
    async { todo!() }
}

#[tokio::main]
async fn main() {
    let first = delayed_label(String::from("toast"), 100);
    let second = delayed_label(String::from("coffee"), 150);
    println!("{}", first.await);
    println!("{}", second.await);
}
