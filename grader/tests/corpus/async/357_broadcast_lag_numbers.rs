use tokio::sync::broadcast::{self, error::RecvError, error::TryRecvError};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = broadcast::channel::<u32>(3);
    let mut rx2 = tx.subscribe();
    for i in 0..7 {
        let n = tx.send(i).unwrap();
        if i == 0 {
            println!("send reached {n} receivers");
        }
    }
    println!("rx.len {} tx.len {} receivers {}", rx.len(), tx.len(), tx.receiver_count());
    loop {
        match rx.try_recv() {
            Ok(v) => println!("rx got {v}"),
            Err(TryRecvError::Lagged(n)) => println!("rx lagged by {n}"),
            Err(TryRecvError::Empty) => {
                println!("rx empty");
                break;
            }
            Err(e) => {
                println!("other {e}");
                break;
            }
        }
    }
    match rx2.recv().await {
        Err(RecvError::Lagged(n)) => println!("rx2 lagged {n}: {}", RecvError::Lagged(n)),
        other => println!("{other:?}"),
    }
    println!("rx2 next {:?}", rx2.recv().await);
    let mut rx3 = rx2.resubscribe();
    tx.send(100).unwrap();
    println!("rx3 {:?} rx2.len {}", rx3.recv().await, rx2.len());
    for i in 0..10 {
        tx.send(200 + i).unwrap();
    }
    println!("rx3 after 10 more: {:?}", rx3.recv().await);
    println!("rx3 then {:?} len {}", rx3.recv().await, rx3.len());
    drop(tx);
    let mut rest = Vec::new();
    loop {
        match rx3.recv().await {
            Ok(v) => rest.push(v),
            Err(e) => {
                println!("rx3 end: {e} / {e:?}");
                break;
            }
        }
    }
    println!("rest {rest:?}");
    println!("rx2: {:?}", rx2.recv().await);
    println!("try on closed lagging rx2: {:?}", rx2.try_recv());
    let (tx, rx) = broadcast::channel::<&str>(2);
    drop(rx);
    let e = tx.send("nobody").unwrap_err();
    println!("{e} / {e:?} / {}", e.0);
    let mut late = tx.subscribe();
    println!("late subscriber: {:?}", late.try_recv());
    tx.send("a").unwrap();
    println!("{:?} empty {}", late.try_recv(), late.is_empty());
}
