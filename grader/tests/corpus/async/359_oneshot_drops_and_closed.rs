use tokio::sync::oneshot::{self, error::TryRecvError};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        drop(tx);
        println!("sender dropped at {} ms", start.elapsed().as_millis());
    });
    match rx.await {
        Ok(v) => println!("got {v}"),
        Err(e) => println!("recv error: {e} / {e:?} at {} ms", start.elapsed().as_millis()),
    }
    let (tx, rx) = oneshot::channel::<String>();
    drop(rx);
    println!("is_closed {}", tx.is_closed());
    let back = tx.send("hello".to_string()).unwrap_err();
    println!("send returned {back:?}");
    let (mut tx, rx) = oneshot::channel::<u8>();
    let watcher = tokio::spawn(async move {
        tx.closed().await;
        println!("closed() woke at {} ms", start.elapsed().as_millis());
    });
    sleep(Duration::from_millis(4)).await;
    drop(rx);
    watcher.await.unwrap();
    let (tx, mut rx) = oneshot::channel::<u8>();
    println!("try_recv empty: {:?} {}", rx.try_recv(), TryRecvError::Empty);
    tx.send(5).unwrap();
    println!("try_recv value: {:?}", rx.try_recv());
    println!("try_recv after value: {:?}", rx.try_recv());
    let (tx, mut rx) = oneshot::channel::<u8>();
    drop(tx);
    println!("try_recv closed: {:?} {}", rx.try_recv(), TryRecvError::Closed);
    let (tx, mut rx) = oneshot::channel::<u8>();
    rx.close();
    println!("send after rx.close: {:?} closed {}", tx.send(1), true);
    let (tx, mut rx) = oneshot::channel::<u8>();
    tx.send(3).unwrap();
    rx.close();
    println!("value sent before close: {:?}", rx.try_recv());
    let (tx, mut rx) = oneshot::channel::<&str>();
    let r = tokio::select! {
        biased;
        v = &mut rx => format!("{v:?}"),
        _ = sleep(Duration::from_millis(2)) => "timer".to_string(),
    };
    println!("select: {r}");
    tx.send("after select").unwrap();
    println!("rx still usable: {:?}", rx.await);
    let (tx, rx) = oneshot::channel::<u8>();
    let h = tokio::spawn(async move { rx.await });
    tokio::task::yield_now().await;
    h.abort();
    let _ = h.await;
    println!("receiver task aborted, tx closed {}", tx.is_closed());
    println!("end at {} ms", start.elapsed().as_millis());
}
