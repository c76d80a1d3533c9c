use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

/// A service that accepts at most one poll per 100 ms. Its second poll is slow.
struct Service {
    start: Instant,
    last_poll: Option<Instant>,
    polls: u32,
}

impl Service {
    fn new() -> Service {
        Service { start: Instant::now(), last_poll: None, polls: 0 }
    }

    async fn poll(&mut self) {
        let now = Instant::now();
        self.polls += 1;
        if let Some(last) = self.last_poll {
            let gap = (now - last).as_millis();
            assert!(gap >= 100, "poll {} came {gap} ms after the previous one: the service allows one per 100 ms", self.polls);
        }
        self.last_poll = Some(now);
        println!("poll {} at {} ms", self.polls, (now - self.start).as_millis());
        let work = if self.polls == 2 { 250 } else { 20 };
        sleep(Duration::from_millis(work)).await;
    }
}

#[tokio::main]
async fn main() {
    let mut service = Service::new();
    let mut ticker = interval(Duration::from_millis(100));
    for _ in 0..5 {
        ticker.tick().await;
        // Restart the schedule from now: the next tick is one full period after this one.
        ticker.reset();
        service.poll().await;
    }
    println!("done at {} ms", service.start.elapsed().as_millis());
}
