// A started future dropped by name releases what its suspended locals hold:
// a tokio lock guard after `timeout(d, &mut fut)`, one after `select!` on `&mut fut`,
// a channel sender (the receiver sees the channel close), and a future moved into a fn;
// but dropping a `tokio::pin!`ned or `pin!`ned name drops only a `Pin<&mut _>`: the future
// (and its guard) lives until the end of the block.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, Mutex};
use tokio::time::{sleep, timeout};

fn consume<F: std::future::Future>(f: F) {
    println!("consume: dropping the future it was given");
    drop(f);
}

#[tokio::main]
async fn main() {
    let stock = Arc::new(Mutex::new(10u32));
    let mut restock = Box::pin(async {
        let mut units = stock.lock().await;
        sleep(Duration::from_millis(100)).await;
        *units += 5;
        println!("restocked: {}", *units);
    });
    if timeout(Duration::from_millis(50), &mut restock).await.is_err() {
        println!("restock is slow");
        drop(restock);
    }
    {
        let mut units = stock.lock().await;
        *units -= 1;
        println!("sold one, {} left", *units);
    }

    let mut audit = Box::pin(async {
        let units = stock.lock().await;
        std::future::pending::<()>().await;
        println!("audited {}", *units);
    });
    tokio::select! {
        biased;
        _ = &mut audit => println!("audit finished"),
        _ = sleep(Duration::from_millis(10)) => println!("audit gave up"),
    }
    drop(audit);
    println!("after audit: {}", *stock.lock().await);

    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let mut producer = Box::pin(async move {
        tx.send(1).await.unwrap();
        tx.send(2).await.unwrap();
        tx.send(3).await.unwrap();
        println!("producer done");
    });
    let _ = timeout(Duration::from_millis(5), &mut producer).await;
    drop(producer);
    while let Some(v) = rx.recv().await {
        println!("received {v}");
    }
    println!("channel closed");

    let mut holder = Box::pin(async {
        let _g = stock.lock().await;
        sleep(Duration::from_secs(1)).await;
    });
    let _ = timeout(Duration::from_millis(1), &mut holder).await;
    consume(holder);
    println!("after consume: {}", *stock.lock().await);

    {
        let guarded = async {
            let _g = stock.lock().await;
            sleep(Duration::from_secs(1)).await;
        };
        tokio::pin!(guarded);
        let _ = timeout(Duration::from_millis(1), &mut guarded).await;
        drop(guarded);
        println!("tokio::pin!, name dropped: unlocked? {}", stock.try_lock().is_ok());
    }
    println!("tokio::pin!, block ended: unlocked? {}", stock.try_lock().is_ok());
    {
        let mut pinned = std::pin::pin!(async {
            let _g = stock.lock().await;
            sleep(Duration::from_secs(1)).await;
        });
        let _ = timeout(Duration::from_millis(1), pinned.as_mut()).await;
        drop(pinned);
        println!("pin!, name dropped: unlocked? {}", stock.try_lock().is_ok());
    }
    println!("pin!, block ended: unlocked? {}", stock.try_lock().is_ok());
}
