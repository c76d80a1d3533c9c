use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(2);
    let p1 = tx.try_reserve().unwrap();
    println!("capacity after one permit: {}", tx.capacity());
    let p2 = tx.try_reserve().unwrap();
    match tx.try_reserve() {
        Err(TrySendError::Full(())) => println!("full"),
        Err(TrySendError::Closed(())) => println!("closed"),
        Ok(_) => println!("reserved"),
    }
    let e = tx.try_reserve().unwrap_err();
    println!("display: {e}; debug: {e:?}");
    p2.send("second");
    p1.send("first");
    println!("len {}, capacity {}", rx.len(), tx.capacity());
    println!("{:?} {:?}", rx.recv().await, rx.recv().await);

    // A dropped permit gives its slot back.
    let p = tx.try_reserve().unwrap();
    println!("capacity with a permit: {}", tx.capacity());
    drop(p);
    println!("capacity after dropping it: {}", tx.capacity());

    // Owned permits take the sender and give it back on send.
    let owned = tx.clone().try_reserve_owned().unwrap();
    let tx2 = owned.send("owned");
    println!("got back a sender: same channel {}", tx2.same_channel(&tx));
    let owned = tx2.reserve_owned().await.unwrap();
    let tx3 = owned.send("owned async");
    println!("{:?} {:?}", rx.recv().await, rx.recv().await);
    drop(tx3);

    // try_reserve_owned on a full channel gives the sender back inside the error.
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    tx.try_send(1).unwrap();
    match tx.clone().try_reserve_owned() {
        Err(TrySendError::Full(sender)) => println!("full; sender capacity {}", sender.capacity()),
        Err(TrySendError::Closed(_)) => println!("closed"),
        Ok(_) => println!("reserved"),
    }
    rx.close();
    match tx.try_reserve() {
        Err(TrySendError::Closed(())) => println!("closed after close()"),
        Err(TrySendError::Full(())) => println!("still full"),
        Ok(_) => println!("reserved"),
    }
    println!("reserve after close: {:?}", tx.reserve().await.map(|_| ()));
    println!("{:?} {:?}", rx.recv().await, rx.recv().await);
}
