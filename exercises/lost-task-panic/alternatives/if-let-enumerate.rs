use std::time::Duration;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    let recipients: Vec<&str> = if n == 2 { Vec::new() } else { vec!["team"] };
    println!("report {n} sent to {}", recipients[0]);
}

#[tokio::main]
async fn main() {
    let handles: Vec<_> = (1..=3).map(|n| tokio::spawn(send_report(n))).collect();
    let mut sent = 0;
    for (i, handle) in handles.into_iter().enumerate() {
        if let Err(e) = handle.await {
            eprintln!("task error: {e}");
            println!("report {} failed", i + 1);
        } else {
            sent += 1;
        }
    }
    println!("{sent} of 3 reports sent");
}
