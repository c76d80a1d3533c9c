use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let n = Arc::new(Notify::new());
    n.notify_one();
    n.notify_one();
    n.notified().await;
    println!("stored permit consumed at {} ms", start.elapsed().as_millis());
    let r = timeout(Duration::from_millis(10), n.notified()).await;
    println!("only one permit stored: second ok={}", r.is_ok());
    n.notify_waiters();
    let r = timeout(Duration::from_millis(10), n.notified()).await;
    println!("notify_waiters stores nothing: ok={} at {} ms", r.is_ok(), start.elapsed().as_millis());
    let mut hs = Vec::new();
    for i in 0..3 {
        let n = n.clone();
        hs.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {i} woke at {} ms", start.elapsed().as_millis());
        }));
    }
    tokio::task::yield_now().await;
    n.notify_one();
    sleep(Duration::from_millis(5)).await;
    n.notify_one();
    n.notify_one();
    for h in hs {
        h.await.unwrap();
    }
    let r = timeout(Duration::from_millis(1), n.notified()).await;
    println!("no permit left after three waiters: ok={}", r.is_ok());
    let f = n.notified();
    n.notify_waiters();
    let r = timeout(Duration::from_millis(1), f).await;
    println!("notified() created before notify_waiters: ok={}", r.is_ok());
    n.notify_one();
    let f = n.notified();
    f.await;
    println!("permit stored before notified() was created is taken");
    let a = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            println!("a woke");
        })
    };
    let b = {
        let n = n.clone();
        tokio::spawn(async move {
            n.notified().await;
            println!("b woke at {} ms", start.elapsed().as_millis());
        })
    };
    tokio::task::yield_now().await;
    n.notify_one();
    a.abort();
    let ra = a.await;
    println!("a cancelled {}", ra.unwrap_err().is_cancelled());
    let rb = timeout(Duration::from_millis(3), b).await;
    println!("b got the forwarded notification: {}", rb.is_ok());
    let n2 = Arc::new(Notify::new());
    let waiters: Vec<_> = (0..3)
        .map(|i| {
            let n2 = n2.clone();
            tokio::spawn(async move {
                n2.notified().await;
                i
            })
        })
        .collect();
    tokio::task::yield_now().await;
    n2.notify_waiters();
    let mut got = Vec::new();
    for w in waiters {
        got.push(w.await.unwrap());
    }
    println!("notify_waiters woke {got:?} at {} ms", start.elapsed().as_millis());
}
