use futures::future::join_all;
use tokio::task::JoinError;
use std::time::Duration;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    let recipients: Vec<&str> = if n == 2 { Vec::new() } else { vec!["team"] };
    println!("report {n} sent to {}", recipients[0]);
}

#[tokio::main]
async fn main() {
    let handles = (1..=3).map(|n| tokio::spawn(send_report(n)));
    let results: Vec<Result<(), JoinError>> = join_all(handles).await;
    for (n, result) in (1..).zip(&results) {
        if result.is_err() {
            println!("report {n} failed");
        }
    }
    let sent = results.iter().filter(|r| r.is_ok()).count();
    println!("{sent} of 3 reports sent");
}
