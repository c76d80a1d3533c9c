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
        handles.push((n, tokio::spawn(send_report(n))));
    }
    let mut sent = 0;
    for (n, handle) in handles {
        match handle.await {
            Ok(()) => sent += 1,
            Err(e) if e.is_panic() => println!("report {n} failed"),
            Err(_) => println!("report {n} was cancelled"),
        }
    }
    println!("{sent} of 3 reports sent");
}
