// Once a `Sender` is moved (dropped), references to it are dead, so they do not
// keep the channel open: the receive loop ends.
use tokio::sync::mpsc;

fn describe(tx: &mpsc::Sender<u8>) -> usize {
    tx.capacity()
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u8>(8);
    let r = &tx;
    r.send(1).await.unwrap();
    let r2 = r;
    r2.send(2).await.unwrap();
    println!("capacity {}", describe(r2));
    r.send(3).await.unwrap();
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    println!("closed");

    let (tx, mut rx) = mpsc::channel::<u8>(8);
    let worker = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {
            println!("worker {v}");
        }
        println!("worker done");
    });
    let borrowed = &tx;
    borrowed.send(9).await.unwrap();
    let owned = tx;
    owned.send(10).await.unwrap();
    drop(owned);
    worker.await.unwrap();
}
