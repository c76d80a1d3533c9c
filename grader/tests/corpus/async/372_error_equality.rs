// Channel and timer errors compared with ==, as learners write in tests.
use tokio::sync::{mpsc, oneshot, broadcast};
use tokio::sync::mpsc::error::{TryRecvError, TrySendError};
use tokio::time::{timeout, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    println!("{}", rx.try_recv() == Err(TryRecvError::Empty));
    println!("{}", rx.try_recv() == Err(TryRecvError::Disconnected));
    tx.try_send(1).unwrap();
    println!("{}", tx.try_send(2) == Err(TrySendError::Full(2)));
    println!("{}", tx.try_send(3) == Err(TrySendError::Full(2)));
    drop(tx);
    println!("{:?}", rx.try_recv());
    println!("{}", rx.try_recv() == Err(TryRecvError::Disconnected));
    let (otx, orx) = oneshot::channel::<u32>();
    drop(otx);
    let e1 = orx.await.unwrap_err();
    let (otx2, orx2) = oneshot::channel::<u32>();
    drop(otx2);
    let e2 = orx2.await.unwrap_err();
    println!("{}", e1 == e2);
    let (btx, mut brx) = broadcast::channel::<u32>(1);
    btx.send(1).unwrap();
    btx.send(2).unwrap();
    let r = brx.recv().await;
    println!("{}", r == Err(broadcast::error::RecvError::Lagged(1)));
    println!("{}", r == Err(broadcast::error::RecvError::Lagged(2)));
    let a = timeout(Duration::from_millis(1), std::future::pending::<()>()).await.unwrap_err();
    let b = timeout(Duration::from_millis(2), std::future::pending::<()>()).await.unwrap_err();
    println!("{}", a == b);
}
