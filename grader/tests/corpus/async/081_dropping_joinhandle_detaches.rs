use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handle = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("detached task still ran at {} ms", start.elapsed().as_millis());
    });
    drop(handle);
    println!("dropped the JoinHandle");
    let aborter = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("never printed");
    });
    let abort_handle = aborter.abort_handle();
    drop(aborter);
    abort_handle.abort();
    println!("aborted through an AbortHandle: finished={}", abort_handle.is_finished());
    sleep(Duration::from_millis(200)).await;
    println!("after 200 ms: finished={}", abort_handle.is_finished());
}
