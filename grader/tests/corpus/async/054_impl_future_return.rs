use std::future::Future;
use tokio::time::{sleep, Duration, Instant};

fn delayed(value: u32, ms: u64) -> impl Future<Output = u32> {
    println!("building future for {value}");
    async move {
        sleep(Duration::from_millis(ms)).await;
        value
    }
}

async fn call_twice<F, Fut>(f: F) -> u32
where
    F: Fn() -> Fut,
    Fut: Future<Output = u32>,
{
    f().await + f().await
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let fut = delayed(5, 100);
    println!("future built, not yet awaited");
    println!("got {} at {} ms", fut.await, start.elapsed().as_millis());
    let total = call_twice(|| delayed(1, 50)).await;
    println!("total {total} at {} ms", start.elapsed().as_millis());
}
