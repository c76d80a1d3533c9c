use std::collections::HashMap;
use tokio::task::JoinSet;
use std::time::Duration;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    let recipients: Vec<&str> = if n == 2 { Vec::new() } else { vec!["team"] };
    println!("report {n} sent to {}", recipients[0]);
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    let mut report_of = HashMap::new();
    for n in 1..=3 {
        let handle = set.spawn(send_report(n));
        report_of.insert(handle.id(), n);
    }
    let mut sent = 0;
    while let Some(result) = set.join_next_with_id().await {
        match result {
            Ok((_, ())) => sent += 1,
            Err(e) => println!("report {} failed", report_of[&e.id()]),
        }
    }
    println!("{sent} of 3 reports sent");
}
