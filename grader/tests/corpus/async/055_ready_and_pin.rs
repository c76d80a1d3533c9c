use std::future::{ready, Future};
use std::pin::pin;
use tokio::time::{sleep, Duration, Instant};

async fn poll_twice<F: Future<Output = u32>>(fut: F) -> u32 {
    let mut fut = pin!(fut);
    tokio::select! {
        biased;
        v = &mut fut => return v,
        _ = sleep(Duration::from_millis(100)) => println!("not ready after 100 ms, keep waiting"),
    }
    fut.await
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{}", ready(3).await);
    let v = poll_twice(async {
        sleep(Duration::from_millis(250)).await;
        9
    })
    .await;
    println!("{v} at {} ms", start.elapsed().as_millis());
    let fast = poll_twice(ready(1)).await;
    println!("{fast} at {} ms", start.elapsed().as_millis());
    let slow = sleep(Duration::from_millis(50));
    tokio::pin!(slow);
    (&mut slow).await;
    println!("pinned sleep done: {} at {} ms", slow.is_elapsed(), start.elapsed().as_millis());
}
