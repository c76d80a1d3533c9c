use std::time::Duration;
use tokio::task::JoinSet;

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
    while let Some(_) = set.join_next().await { //~ lost_task_panic
        sent += 1;
    }
    println!("{sent} of 3 reports sent");
}
