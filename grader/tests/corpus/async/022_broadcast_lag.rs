use tokio::sync::broadcast::{self, error::RecvError};

#[tokio::main]
async fn main() {
    let (tx, mut slow) = broadcast::channel::<u32>(3);
    for i in 1..=7 {
        tx.send(i).unwrap();
    }
    println!("queued for slow receiver: {}", slow.len());
    loop {
        match slow.recv().await {
            Ok(v) => println!("got {v}"),
            Err(RecvError::Lagged(n)) => println!("lagged: missed {n} messages"),
            Err(RecvError::Closed) => {
                println!("closed");
                break;
            }
        }
        if slow.is_empty() {
            drop(tx);
            let r = slow.recv().await;
            println!("after drop: {r:?}");
            break;
        }
    }
    let (tx, mut rx) = broadcast::channel::<u8>(2);
    for i in 0..5 {
        tx.send(i).unwrap();
    }
    let err = rx.recv().await.unwrap_err();
    println!("{err} / {err:?}");
    println!("{:?}", rx.try_recv());
}
