// fails: stdout, no lost_task_panic, no warnings
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
    for n in 1..=3 {
        set.spawn(send_report(n));
    }
    let mut sent = 0;
    // Every finished task is counted, the panicked one too: its Err is never looked at.
    while let Some(_) = set.join_next().await {
        sent += 1;
    }
    println!("{sent} of 3 reports sent");
}
