use tokio::task::JoinHandle;
use std::time::Duration;

async fn send_report(n: u32) {
    tokio::time::sleep(Duration::from_millis(10 * n as u64)).await;
    let recipients: Vec<&str> = if n == 2 { Vec::new() } else { vec!["team"] };
    println!("report {n} sent to {}", recipients[0]);
}

struct Outbox {
    pending: Vec<(u32, JoinHandle<()>)>,
}

impl Outbox {
    fn new() -> Self {
        Outbox { pending: Vec::new() }
    }

    fn send(&mut self, n: u32) {
        self.pending.push((n, tokio::spawn(send_report(n))));
    }

    async fn finish(self) -> usize {
        let mut sent = 0;
        for (n, handle) in self.pending {
            match handle.await {
                Ok(()) => sent += 1,
                Err(e) if e.is_panic() => println!("report {n} failed"),
                Err(e) => println!("report {n}: {e}"),
            }
        }
        sent
    }
}

#[tokio::main]
async fn main() {
    let mut outbox = Outbox::new();
    for n in 1..=3 {
        outbox.send(n);
    }
    let sent = outbox.finish().await;
    println!("{sent} of 3 reports sent");
}
