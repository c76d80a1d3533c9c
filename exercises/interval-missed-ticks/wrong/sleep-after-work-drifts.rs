// fails: stdout, virtual time
// checks only: sleeping a whole period after each poll adds the poll's own 20 ms every time, so the polls drift (poll 2 at 120 ms); no lint can know the intended schedule
use std::time::Duration;
use tokio::time::{sleep, Instant};

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
    for n in 1..=5 {
        service.poll().await;
        if n < 5 {
            sleep(Duration::from_millis(100)).await;
        }
    }
    println!("done at {} ms", service.start.elapsed().as_millis());
}
