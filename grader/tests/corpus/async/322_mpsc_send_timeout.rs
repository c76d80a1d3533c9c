use tokio::sync::mpsc;
use tokio::sync::mpsc::error::SendTimeoutError;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();

    // Full: the receiver is not reading, so the send times out and gives the value back.
    match tx.send_timeout(2, Duration::from_millis(50)).await {
        Err(SendTimeoutError::Timeout(v)) => println!("timeout, got {v} back at {} ms", start.elapsed().as_millis()),
        Err(SendTimeoutError::Closed(v)) => println!("closed with {v}"),
        Ok(()) => println!("sent"),
    }
    let e = tx.send_timeout(3, Duration::from_millis(10)).await.unwrap_err();
    println!("display: {e}");
    println!("debug: {e:?}");
    println!("is timeout: {}", matches!(e, SendTimeoutError::Timeout(3)));

    // A reader frees a slot after 30 ms: the send completes before its 100 ms.
    let reader = tokio::spawn(async move {
        sleep(Duration::from_millis(30)).await;
        let a = rx.recv().await;
        println!("reader got {a:?} at {} ms", start.elapsed().as_millis());
        rx
    });
    let r = tx.send_timeout(4, Duration::from_millis(100)).await;
    println!("send 4: {r:?} at {} ms", start.elapsed().as_millis());
    let mut rx = reader.await.unwrap();
    println!("next: {:?}", rx.recv().await);

    // The receiver goes away while a send waits: Closed, at once.
    tx.send(5).await.unwrap();
    let closer = tokio::spawn(async move {
        sleep(Duration::from_millis(20)).await;
        drop(rx);
        println!("receiver dropped at {} ms", start.elapsed().as_millis());
    });
    match tx.send_timeout(6, Duration::from_millis(500)).await {
        Err(SendTimeoutError::Closed(v)) => println!("closed, got {v} back at {} ms", start.elapsed().as_millis()),
        other => println!("unexpected {other:?}"),
    }
    closer.await.unwrap();
    let e = tx.send_timeout(7, Duration::from_millis(5)).await.unwrap_err();
    println!("display: {e}; debug: {e:?}");
    println!("done at {} ms", start.elapsed().as_millis());
}
