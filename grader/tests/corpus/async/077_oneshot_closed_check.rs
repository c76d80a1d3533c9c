use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (mut tx, rx) = oneshot::channel::<u32>();
    let worker = tokio::spawn(async move {
        tokio::select! {
            biased;
            _ = tx.closed() => println!("requester gave up at {} ms; stop working", start.elapsed().as_millis()),
            _ = sleep(Duration::from_millis(500)) => {
                let _ = tx.send(1);
                println!("work finished");
            }
        }
    });
    sleep(Duration::from_millis(120)).await;
    drop(rx);
    worker.await.unwrap();
    let (tx, mut rx) = oneshot::channel::<&str>();
    println!("{:?}", rx.try_recv());
    tx.send("now").unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.try_recv());
}
