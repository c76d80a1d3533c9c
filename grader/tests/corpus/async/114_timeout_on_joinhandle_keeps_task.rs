use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut handle = tokio::spawn(async move {
        sleep(Duration::from_millis(300)).await;
        println!("task finished anyway at {} ms", start.elapsed().as_millis());
        7
    });
    match timeout(Duration::from_millis(100), &mut handle).await {
        Ok(v) => println!("got {v:?}"),
        Err(_) => println!("timed out at {} ms, but the task keeps running", start.elapsed().as_millis()),
    }
    let v = handle.await.unwrap();
    println!("joined {v} at {} ms", start.elapsed().as_millis());
    let fut = async move {
        sleep(Duration::from_millis(300)).await;
        println!("never printed: an un-spawned future is dropped by timeout");
    };
    let _ = timeout(Duration::from_millis(100), fut).await;
    sleep(Duration::from_millis(500)).await;
    println!("end at {} ms", start.elapsed().as_millis());
}
