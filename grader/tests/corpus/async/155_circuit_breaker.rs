use tokio::time::{sleep, Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Closed { failures: u32 },
    Open { until: Instant },
    HalfOpen,
}

struct Breaker {
    state: State,
}

impl Breaker {
    async fn call(&mut self, healthy: bool) -> Result<&'static str, &'static str> {
        if let State::Open { until } = self.state {
            if Instant::now() < until {
                return Err("rejected (open)");
            }
            self.state = State::HalfOpen;
        }
        sleep(Duration::from_millis(10)).await;
        if healthy {
            self.state = State::Closed { failures: 0 };
            Ok("ok")
        } else {
            self.state = match self.state {
                State::Closed { failures } if failures + 1 < 3 => State::Closed { failures: failures + 1 },
                _ => State::Open { until: Instant::now() + Duration::from_millis(100) },
            };
            Err("failed")
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut b = Breaker { state: State::Closed { failures: 0 } };
    let health = [true, false, false, false, false, false, true, true];
    for (i, h) in health.into_iter().enumerate() {
        let r = b.call(h).await;
        let state = match b.state {
            State::Open { .. } => "open".to_string(),
            s => format!("{s:?}"),
        };
        println!("call {i} at {} ms: {r:?} -> {state}", start.elapsed().as_millis());
        if i == 4 {
            sleep(Duration::from_millis(100)).await;
        }
    }
}
