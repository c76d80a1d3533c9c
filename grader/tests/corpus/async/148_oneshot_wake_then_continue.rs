use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<&str>();
    let (done_tx, done_rx) = oneshot::channel::<()>();
    let waiter = tokio::spawn(async move {
        println!("waiter waits");
        let v = rx.await.unwrap();
        println!("waiter got {v}");
        done_tx.send(()).unwrap();
        println!("waiter signalled done");
    });
    tokio::task::yield_now().await;
    println!("main sends");
    tx.send("ping").unwrap();
    println!("main waits for done");
    done_rx.await.unwrap();
    println!("main saw done");
    waiter.await.unwrap();
}
