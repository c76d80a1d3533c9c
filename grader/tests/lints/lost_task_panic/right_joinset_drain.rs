use std::time::Duration;
use tokio::task::JoinSet;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    println!("report {n} sent");
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for n in 1..=3 {
        set.spawn(send_report(n));
    }
    // No task can panic: draining the set just waits for all of them.
    while set.join_next().await.is_some() {}
    while let Some(_) = set.join_next().await {}
    println!("all reports sent");
}
