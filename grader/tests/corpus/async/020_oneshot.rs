use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = oneshot::channel::<u64>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(250)).await;
        let _ = tx.send(6 * 7);
    });
    let v = rx.await.unwrap();
    println!("answer {v} at {} ms", start.elapsed().as_millis());

    let (tx, rx) = oneshot::channel::<u64>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        drop(tx);
    });
    match rx.await {
        Ok(v) => println!("got {v}"),
        Err(e) => println!("sender dropped: {e} / {e:?} at {} ms", start.elapsed().as_millis()),
    }

    let (tx, rx) = oneshot::channel::<&str>();
    drop(rx);
    println!("send to dropped receiver: {:?}", tx.send("hello"));
}
