// fails: outcome, stdout, no no_runtime_context, no warnings
use std::time::Duration;

async fn brew(seconds: u64) -> &'static str {
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    "tea"
}

// An executor, but not tokio's: tokio's timer finds no runtime.
fn main() {
    let drink = futures::executor::block_on(brew(3));
    println!("your {drink} is ready");
}
