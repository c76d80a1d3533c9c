// After `abort()`, awaiting the handle waits for the cancellation to finish; the
// `JoinError` it discards is the expected `Cancelled`.
use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let spinner = tokio::spawn(async {
        loop {
            println!("spinning");
            sleep(Duration::from_millis(100)).await;
        }
    });
    sleep(Duration::from_millis(250)).await;
    spinner.abort();
    let _ = spinner.await;
    println!("spinner cancelled");
}
