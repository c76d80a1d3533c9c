use tokio::time::{advance, sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let h = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("timer task woke at {} ms", start.elapsed().as_millis());
    });
    tokio::task::yield_now().await;
    println!("before advance: {} ms", start.elapsed().as_millis());
    advance(Duration::from_millis(150)).await;
    println!("after advance: {} ms, task finished: {}", start.elapsed().as_millis(), h.is_finished());
    tokio::task::yield_now().await;
    println!("after a yield: task finished: {}", h.is_finished());
    let s = sleep(Duration::from_millis(40));
    advance(Duration::from_millis(50)).await;
    s.await;
    println!("a sleep whose deadline was skipped is ready at once: {} ms", start.elapsed().as_millis());
    let f = advance(Duration::from_millis(10));
    println!("not yet polled: {} ms", start.elapsed().as_millis());
    f.await;
    println!("polled: {} ms", start.elapsed().as_millis());
    advance(Duration::from_micros(1500)).await;
    println!("{:?}", start.elapsed());
    h.await.unwrap();
}
