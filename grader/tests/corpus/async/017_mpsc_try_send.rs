use tokio::sync::mpsc::{self, error::TryRecvError, error::TrySendError};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(2);
    for item in ["a", "b", "c"] {
        match tx.try_send(item) {
            Ok(()) => println!("queued {item}, capacity now {}", tx.capacity()),
            Err(TrySendError::Full(v)) => println!("full, dropped {v}"),
            Err(TrySendError::Closed(v)) => println!("closed, dropped {v}"),
        }
    }
    println!("{:?}", tx.try_send("d"));
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.try_recv());
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("empty"),
        other => println!("{other:?}"),
    }
    drop(tx);
    println!("{:?}", rx.try_recv());
    let (tx2, rx2) = mpsc::channel::<i32>(1);
    drop(rx2);
    let err = tx2.try_send(5).unwrap_err();
    println!("{err} / {err:?}");
    println!("{}", tx2.is_closed());
}
