use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

trait Job {
    fn name(&self) -> String;
    fn run(&self) -> Pin<Box<dyn Future<Output = u32> + '_>>;
}

struct Sleepy(u64);
struct Instant0;

impl Job for Sleepy {
    fn name(&self) -> String {
        format!("sleepy({})", self.0)
    }
    fn run(&self) -> Pin<Box<dyn Future<Output = u32> + '_>> {
        Box::pin(async move {
            sleep(Duration::from_millis(self.0)).await;
            self.0 as u32 / 10
        })
    }
}

impl Job for Instant0 {
    fn name(&self) -> String {
        "instant".into()
    }
    fn run(&self) -> Pin<Box<dyn Future<Output = u32> + '_>> {
        Box::pin(std::future::ready(0))
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let jobs: Vec<Box<dyn Job>> = vec![Box::new(Sleepy(200)), Box::new(Instant0), Box::new(Sleepy(50))];
    let mut total = 0;
    for job in &jobs {
        let v = job.run().await;
        println!("{} -> {v} at {} ms", job.name(), start.elapsed().as_millis());
        total += v;
    }
    println!("total {total}");
}
