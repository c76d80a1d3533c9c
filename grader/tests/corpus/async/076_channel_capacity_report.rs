use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(3);
    println!("capacity {} max {}", tx.capacity(), tx.max_capacity());
    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    println!("after two sends: capacity {}", tx.capacity());
    let permit = tx.reserve().await.unwrap();
    println!("after reserve: capacity {}", tx.capacity());
    permit.send(3);
    println!("queued {}", rx.len());
    rx.recv().await;
    println!("after one recv: capacity {} queued {}", tx.capacity(), rx.len());
    let mut buf = Vec::new();
    let n = rx.recv_many(&mut buf, 10).await;
    println!("recv_many got {n}: {buf:?}");
    println!("empty {}", rx.is_empty());
    let tx2 = tx.clone();
    println!("same channel {}", tx.same_channel(&tx2));
    drop(tx);
    drop(tx2);
    println!("{:?}", rx.recv().await);
}
