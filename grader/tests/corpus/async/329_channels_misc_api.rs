use tokio::sync::{broadcast, oneshot, watch};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    // broadcast: resubscribe starts at the tail, counts and len.
    let (tx, mut rx1) = broadcast::channel::<u32>(4);
    tx.send(1).unwrap();
    let mut rx2 = rx1.resubscribe();
    tx.send(2).unwrap();
    println!("receivers {} len {} rx1 len {} rx2 len {}", tx.receiver_count(), tx.len(), rx1.len(), rx2.len());
    println!("{:?} {:?} {:?}", rx1.recv().await, rx1.recv().await, rx2.recv().await);
    println!("tx len after reads {}", tx.len());
    drop(rx2);
    println!("receivers {}", tx.receiver_count());

    // watch: send_if_modified, send_replace, subscribe, has_changed, mark_changed, wait_for.
    let (wtx, mut wrx) = watch::channel(0u32);
    let changed = wtx.send_if_modified(|v| {
        if *v == 0 {
            *v = 5;
            true
        } else {
            false
        }
    });
    let unchanged = wtx.send_if_modified(|v| *v == 0);
    println!("modified {changed} then {unchanged}; has_changed {:?}", wrx.has_changed());
    println!("borrow_and_update {}", *wrx.borrow_and_update());
    let old = wtx.send_replace(6);
    println!("replaced {old}; has_changed {:?}", wrx.has_changed());
    wrx.mark_unchanged();
    println!("after mark_unchanged {:?}", wrx.has_changed());
    wrx.mark_changed();
    println!("after mark_changed {:?}", wrx.has_changed());
    let mut wrx2 = wtx.subscribe();
    println!("receivers {} closed {}", wtx.receiver_count(), wtx.is_closed());
    let setter = tokio::spawn(async move {
        for i in 7..=10 {
            sleep(Duration::from_millis(5)).await;
            wtx.send(i).unwrap();
        }
        wtx.closed().await;
        println!("watch sender: every receiver gone");
    });
    let v = *wrx2.wait_for(|v| *v >= 9).await.unwrap();
    println!("wait_for saw {v}");
    drop(wrx);
    drop(wrx2);
    setter.await.unwrap();

    // oneshot: closed() on the sender side.
    let (otx, orx) = oneshot::channel::<u8>();
    let t = tokio::spawn(async move {
        let mut otx = otx;
        otx.closed().await;
        println!("oneshot closed: {}", otx.is_closed());
    });
    sleep(Duration::from_millis(1)).await;
    drop(orx);
    t.await.unwrap();
}
