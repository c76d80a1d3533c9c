use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
    println!("got {:?}", rx.recv().await);
    println!("about to block inside the runtime");
    // Blocking on the runtime's own thread: tokio panics.
    tx.blocking_send(2).unwrap();
    println!("not reached");
}
