// fails: outcome, stdout
// checks only: unwrapping the JoinError does look at the result, so the failure is not lost; it crashes main instead of being reported
use std::time::Duration;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    let recipients: Vec<&str> = if n == 2 { Vec::new() } else { vec!["team"] };
    println!("report {n} sent to {}", recipients[0]);
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for n in 1..=3 {
        handles.push(tokio::spawn(send_report(n)));
    }
    let mut sent = 0;
    for handle in handles {
        handle.await.unwrap();
        sent += 1;
    }
    println!("{sent} of 3 reports sent");
}
