// fails: outcome, stdout, no await_outside_async, no warnings
use std::time::Duration;

async fn brew(seconds: u64) -> &'static str {
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    "tea"
}

// E0752 is gone once `main` is not async any more...
fn main() {
    let drink = brew(3).await;
    println!("your {drink} is ready");
}
