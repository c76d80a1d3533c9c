use tokio::sync::watch;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(0u32);
    println!("initial has_changed {:?}", rx.has_changed());
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    tx.send(3).unwrap();
    println!("has_changed {:?}", rx.has_changed());
    rx.changed().await.unwrap();
    println!("after changed: {}", *rx.borrow());
    println!("has_changed now {:?}", rx.has_changed());
    let r = tokio::time::timeout(Duration::from_millis(5), rx.changed()).await;
    println!("changed with nothing new: timed out {}", r.is_err());
    let mut rx2 = tx.subscribe();
    println!("subscriber sees current as seen: {:?}", rx2.has_changed());
    let old = tx.send_replace(10);
    println!("send_replace returned {old}");
    println!("borrow {} (has_changed {:?})", *rx.borrow(), rx.has_changed());
    println!("borrow_and_update {}", *rx.borrow_and_update());
    println!("has_changed {:?}", rx.has_changed());
    let changed = tx.send_if_modified(|v| {
        if *v > 100 {
            *v = 0;
            true
        } else {
            false
        }
    });
    println!("send_if_modified {changed}, rx changed {:?}", rx.has_changed());
    tx.send_modify(|v| *v += 5);
    println!("after send_modify {:?} value {}", rx.has_changed(), *rx.borrow_and_update());
    rx.mark_changed();
    println!("mark_changed {:?}", rx.has_changed());
    rx.mark_unchanged();
    println!("mark_unchanged {:?}", rx.has_changed());
    let producer = tokio::spawn(async move {
        for i in 1..=5u32 {
            sleep(Duration::from_millis(3)).await;
            tx.send(i * 100).unwrap();
        }
        sleep(Duration::from_millis(3)).await;
        tx.send(999).unwrap();
        println!("producer drops sender at {} ms", start.elapsed().as_millis());
    });
    let mut seen = Vec::new();
    loop {
        sleep(Duration::from_millis(7)).await;
        match rx2.changed().await {
            Ok(()) => seen.push(*rx2.borrow_and_update()),
            Err(e) => {
                println!("changed err: {e} / {e:?} at {} ms", start.elapsed().as_millis());
                break;
            }
        }
    }
    println!("seen {seen:?}");
    producer.await.unwrap();
    println!("rx final {} has_changed {:?}", *rx.borrow(), rx.has_changed().map_err(|e| e.to_string()));
    println!("changed on closed {:?}", rx.changed().await.is_err());
    let (tx, mut rx) = watch::channel("a");
    tx.send("b").unwrap();
    drop(tx);
    println!("unseen value before close: {:?} then {:?}", rx.changed().await.is_ok(), rx.changed().await.is_ok());
    println!("value {}", *rx.borrow());
}
