use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

fn fib(n: u32) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        if n < 2 {
            return n as u64;
        }
        fib(n - 1).await + fib(n - 2).await
    })
}

fn countdown(n: u32) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(async move {
        if n == 0 {
            println!("liftoff");
            return;
        }
        println!("{n}...");
        sleep(Duration::from_millis(100)).await;
        countdown(n - 1).await;
    })
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("fib(15) = {}", fib(15).await);
    countdown(3).await;
    println!("at {} ms", start.elapsed().as_millis());
    let h = tokio::spawn(countdown(2));
    h.await.unwrap();
    println!("at {} ms", start.elapsed().as_millis());
}
