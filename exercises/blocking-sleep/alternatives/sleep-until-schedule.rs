use std::time::Duration;
use tokio::time::{sleep_until, Instant};

const PERIOD: Duration = Duration::from_millis(100);

async fn sensor(name: &'static str, readings: [u32; 3]) {
    let mut next = Instant::now();
    for value in readings {
        println!("{name}: {value}");
        next += PERIOD;
        sleep_until(next).await;
    }
}

#[tokio::main]
async fn main() {
    let handles = vec![
        tokio::spawn(sensor("left", [20, 21, 22])),
        tokio::spawn(sensor("right", [30, 29, 28])),
    ];
    for handle in handles {
        handle.await.expect("sensor task panicked");
    }
}
