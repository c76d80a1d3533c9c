use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(4);
    let weak = tx.downgrade();
    println!("strong {} weak {}", tx.strong_count(), tx.weak_count());
    let weak2 = weak.clone();
    println!("strong {} weak {}", weak.strong_count(), weak.weak_count());
    println!("rx sees strong {} weak {}", rx.sender_strong_count(), rx.sender_weak_count());
    let tx2 = weak.upgrade().expect("a sender is alive");
    tx2.send(1).await.unwrap();
    println!("after upgrade: strong {}", tx.strong_count());
    drop(tx2);
    drop(tx);
    // Only weak senders are left: the channel is closed for the receiver.
    println!("recv {:?}", rx.recv().await);
    println!("recv {:?}", rx.recv().await);
    println!("upgrade now: {}", weak2.upgrade().is_none());
    println!("rx sees strong {} weak {}", rx.sender_strong_count(), rx.sender_weak_count());
    drop(weak);
    println!("rx sees weak {}", rx.sender_weak_count());

    // Unbounded: the same, and a task that only keeps a weak sender does not keep the channel open.
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let weak = tx.downgrade();
    let worker = tokio::spawn(async move {
        for i in 0..3 {
            match weak.upgrade() {
                Some(strong) => strong.send(format!("tick {i}")).unwrap(),
                None => {
                    println!("worker: channel gone at {i}");
                    return;
                }
            }
            tokio::task::yield_now().await;
        }
        println!("worker: finished");
    });
    println!("{:?}", rx.recv().await);
    println!("unbounded strong {} weak {}", tx.strong_count(), tx.weak_count());
    drop(tx);
    while let Some(m) = rx.recv().await {
        println!("got {m}");
    }
    println!("receiver done");
    worker.await.unwrap();
}
